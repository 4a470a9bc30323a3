package com.doganhub.finance.internal.journal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** A journal entry as the API shows it; amounts are decimal strings. */
public record JournalEntryView(String id, Long number, LocalDate date, String reference, String memo, EntryStatus status,
        EntrySource source, String documentId, String reversalOf, String reversedBy, Instant createdAt,
        Instant postedAt, BigDecimal totalDebit, BigDecimal totalCredit, List<Line> lines) {

    public record Line(int lineNumber, String accountCode, BigDecimal debit, BigDecimal credit, String costCentre,
            String description) {
    }

    static JournalEntryView of(JournalEntryEntity entry, List<JournalLineEntity> lines) {
        BigDecimal debit = lines.stream().map(JournalLineEntity::debit).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        BigDecimal credit = lines.stream().map(JournalLineEntity::credit).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        return new JournalEntryView(entry.id(), entry.number(), entry.date(), entry.reference(), entry.memo(),
                entry.status(), entry.source(), entry.documentId(), entry.reversalOf(), entry.reversedBy(),
                entry.createdAt().toInstant(ZoneOffset.UTC),
                entry.postedAt() == null ? null : entry.postedAt().toInstant(ZoneOffset.UTC), debit, credit,
                lines.stream().map(line -> new Line(line.lineNumber(), line.accountCode(), line.debit(), line.credit(),
                        line.costCentre(), line.description())).toList());
    }
}
