package com.doganhub.finance.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration PID {@code com.doganhub.finance} ({@code etc/com.doganhub.finance.cfg}). */
@ObjectClassDefinition(name = "DoganHub finance",
        description = "Invoice emails and report limits of the finance module (per-tenant settings live in the books).")
public @interface FinanceConfig {

    String PID = "com.doganhub.finance";

    @AttributeDefinition(name = "Public URL",
            description = "The address customers open invoice links at (the web application's base URL).")
    String publicUrl() default "http://localhost:8181";

    @AttributeDefinition(name = "Attach the PDF to invoice emails",
            description = "When false, the email carries only the link to the invoice.")
    boolean attachPdf() default true;

    @AttributeDefinition(name = "General ledger row limit", min = "100",
            description = "Most journal lines one general-ledger report lists; narrow the dates or pick an account beyond it.")
    int generalLedgerMaxRows() default 50000;
}
