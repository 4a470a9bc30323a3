package com.doganhub.finance.internal.accounts;

/** The accounts the module posts to on its own (invoices, payments, bills); each is marked on one account. */
public enum PostingRole {
    CASH,
    BANK,
    RECEIVABLE,
    VAT_INPUT,
    PAYABLE,
    VAT_OUTPUT,
    REVENUE,
    RETAINED_EARNINGS
}
