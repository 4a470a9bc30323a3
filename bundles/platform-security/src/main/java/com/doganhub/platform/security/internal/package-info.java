/**
 * Implementation of the caller's identity: binds the {@link com.doganhub.platform.api.TenantContext} to the
 * working thread. Private to this bundle; other bundles use the {@link com.doganhub.platform.api.TenantScope}
 * service.
 */
package com.doganhub.platform.security.internal;
