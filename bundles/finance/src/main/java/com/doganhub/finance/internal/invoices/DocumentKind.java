package com.doganhub.finance.internal.invoices;

/** ZATCA's document kinds we issue: invoice (388) and credit note (381). */
public enum DocumentKind {
    INVOICE,
    CREDIT_NOTE
}
