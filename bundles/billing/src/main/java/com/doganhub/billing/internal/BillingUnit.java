package com.doganhub.billing.internal;

import com.doganhub.platform.persistence.api.SchemaReady;

/** Service filters for the billing persistence unit and its migrations. */
public final class BillingUnit {

    public static final String JPA = "(osgi.unit.name=doganhub-billing)";
    public static final String SCHEMA = "(" + SchemaReady.BUNDLE + "=doganhub-billing)";

    private BillingUnit() {
    }
}
