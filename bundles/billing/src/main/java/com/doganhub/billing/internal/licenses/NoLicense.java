package com.doganhub.billing.internal.licenses;

import com.doganhub.platform.api.error.NotFound;

/** 404 {@code license.none}: the tenant has no license (it is not limited either). */
public class NoLicense extends NotFound {

    private static final long serialVersionUID = 1L;

    public NoLicense(String tenantSlug) {
        super("license.none", "license", tenantSlug, tenantSlug);
    }
}
