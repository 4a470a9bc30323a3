/**
 * Which providers exist ({@code ProviderRegistry}) and which of them each capability uses, in order
 * ({@code ProviderSelection}): the platform-wide choice lives in Config Admin, so the Karaf shell, the admin REST and
 * an edit of {@code etc/com.doganhub.integration.<capability>.cfg} all change it at runtime.
 */
package com.doganhub.integration.runtime.internal;
