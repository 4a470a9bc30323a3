package com.doganhub.finance.internal;

/** Service filters for the finance persistence unit and its migrations. */
public final class FinanceUnit {

    /** The Aries JPA template of the finance unit. */
    public static final String JPA = "(osgi.unit.name=doganhub-finance)";

    /** Present once the finance changelog has been applied. */
    public static final String SCHEMA = "(" + com.doganhub.platform.persistence.api.SchemaReady.BUNDLE + "=doganhub-finance)";

    private FinanceUnit() {
    }
}
