package com.doganhub.finance.internal.invoices;

/** Standard tax invoice (B2B, cleared by ZATCA) or simplified (B2C, reported). */
public enum InvoiceType {
    STANDARD,
    SIMPLIFIED
}
