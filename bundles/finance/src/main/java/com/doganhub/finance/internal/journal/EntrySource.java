package com.doganhub.finance.internal.journal;

/** What created a journal entry: a person, or a document the module posts for them. */
public enum EntrySource {
    MANUAL,
    REVERSAL,
    INVOICE,
    CREDIT_NOTE,
    PAYMENT,
    BILL
}
