package com.doganhub.notifications.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The brand of the tenant bound to the calling thread, for modules that send mail or render documents in the
 * tenant's name (invoice emails and PDFs). The identity bundle provides it from the tenant's branding settings.
 */
@ProviderType
public interface TenantBrands {

    /** The bound tenant's brand, defaults filled in from its names and the platform colours. */
    Brand current();
}
