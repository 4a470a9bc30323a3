/**
 * The local outbox email provider, the embedded default: messages become {@code .eml} files a developer can open
 * in any mail client, one folder per tenant. Nothing leaves the machine.
 */
package com.doganhub.integration.email.local;
