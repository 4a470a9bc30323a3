package com.doganhub.zatca.internal;

import com.doganhub.platform.persistence.api.SchemaReady;

/** Service filters for the e-invoicing persistence unit and its migrations. */
public final class ZatcaUnit {

    public static final String JPA = "(osgi.unit.name=doganhub-zatca)";
    public static final String SCHEMA = "(" + SchemaReady.BUNDLE + "=doganhub-zatca)";

    private ZatcaUnit() {
    }
}
