package com.doganhub.finance.internal.journal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The body of {@code POST /api/v1/finance/journal-entries} and {@code PUT .../{id}}: a date (today when absent),
 * reference, memo and lines, each a debit or a credit (decimal strings) to an account code.
 */
public record JournalEntryRequest(LocalDate date, String reference, String memo, List<Line> lines) {

    public record Line(String accountCode, BigDecimal debit, BigDecimal credit, String costCentre, String description) {
    }
}
