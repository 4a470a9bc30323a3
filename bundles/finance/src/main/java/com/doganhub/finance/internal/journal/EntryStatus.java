package com.doganhub.finance.internal.journal;

/** A journal entry is edited as a draft and frozen once posted. */
public enum EntryStatus {
    DRAFT,
    POSTED
}
