package com.doganhub.finance.internal.journal;

import java.math.BigDecimal;

/** A line to post: exactly one of debit and credit is above zero, both with two decimals. */
public record LedgerLine(String accountCode, BigDecimal debit, BigDecimal credit, String costCentre, String description,
        String documentId) {

    public static LedgerLine debit(String accountCode, BigDecimal amount, String description, String documentId) {
        return new LedgerLine(accountCode, amount, BigDecimal.ZERO.setScale(2), null, description, documentId);
    }

    public static LedgerLine credit(String accountCode, BigDecimal amount, String description, String documentId) {
        return new LedgerLine(accountCode, BigDecimal.ZERO.setScale(2), amount, null, description, documentId);
    }

    /** The same line on the other side, for reversals. */
    LedgerLine swapped() {
        return new LedgerLine(accountCode, credit, debit, costCentre, description, documentId);
    }
}
