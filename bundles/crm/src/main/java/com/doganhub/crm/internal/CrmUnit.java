package com.doganhub.crm.internal;

import com.doganhub.platform.persistence.api.SchemaReady;

/** Service filters for the CRM persistence unit and its migrations. */
public final class CrmUnit {

    public static final String JPA = "(osgi.unit.name=doganhub-crm)";
    public static final String SCHEMA = "(" + SchemaReady.BUNDLE + "=doganhub-crm)";

    private CrmUnit() {
    }
}
