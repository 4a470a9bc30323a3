package com.doganhub.finance.internal.invoices;

/**
 * Draft → issued → partially paid → paid; a draft may be voided; an issued invoice is corrected with credit notes
 * (fully credited without payment: {@code CREDITED}). Credit notes are {@code ISSUED} from birth.
 */
public enum InvoiceStatus {
    DRAFT,
    ISSUED,
    PARTIALLY_PAID,
    PAID,
    CREDITED,
    VOID
}
