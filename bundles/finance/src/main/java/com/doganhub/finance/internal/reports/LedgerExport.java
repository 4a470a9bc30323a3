package com.doganhub.finance.internal.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import com.doganhub.finance.internal.accounts.AccountEntity;

/**
 * The posted journal in ledger-cli / hledger journal format, one transaction per entry in number order:
 * <pre>
 * 2026-03-01 * (42) INV-000007 | Invoice INV-000007
 *     1210 Accounts receivable - customers    1150.00 SAR
 *     4110 Sales revenue                     -1000.00 SAR
 *     2210 VAT output (payable)               -150.00 SAR
 * </pre>
 * Accounts are named by code and English name (characters ledger gives meaning to are replaced), so the figures
 * {@code hledger bal} computes can be compared account by account with our trial balance. Entries are read in
 * pages of 500, never all at once.
 */
final class LedgerExport {

    private static final int PAGE = 500;

    private LedgerExport() {
    }

    static void write(EntityManager em, List<AccountEntity> chart, LocalDate from, LocalDate to, OutputStream target) {
        Map<String, String> names = new java.util.HashMap<>();
        chart.forEach(account -> names.put(account.code(), accountName(account)));
        try {
            Writer out = new OutputStreamWriter(target, StandardCharsets.UTF_8);
            out.write("; DoganHub journal export (ledger-cli format), posted entries " + from + " to " + to + "\n\n");
            long after = 0;
            while (true) {
                List<Object[]> entries = em.createQuery("select e.id, e.number, e.date, e.reference, e.memo"
                        + " from JournalEntryEntity e where e.status = com.doganhub.finance.internal.journal.EntryStatus.POSTED"
                        + " and e.number > :after and e.date >= :from and e.date <= :to order by e.number", Object[].class)
                        .setParameter("after", after).setParameter("from", from).setParameter("to", to)
                        .setMaxResults(PAGE).getResultList();
                if (entries.isEmpty()) {
                    break;
                }
                List<String> ids = entries.stream().map(entry -> (String) entry[0]).toList();
                Map<String, List<Object[]>> linesByEntry = new java.util.HashMap<>();
                em.createQuery("select l.entryId, l.accountCode, l.debit, l.credit, l.description from JournalLineEntity l"
                        + " where l.entryId in :ids order by l.entryId, l.lineNumber", Object[].class)
                        .setParameter("ids", ids).getResultList()
                        .forEach(line -> linesByEntry.computeIfAbsent((String) line[0], key -> new java.util.ArrayList<>()).add(line));
                for (Object[] entry : entries) {
                    out.write(entry[2] + " * (" + entry[1] + ") " + clean(entry[3] == null ? "" : (String) entry[3])
                            + (entry[4] == null ? "" : " | " + clean((String) entry[4])) + "\n");
                    for (Object[] line : linesByEntry.getOrDefault((String) entry[0], List.of())) {
                        BigDecimal amount = ((BigDecimal) line[2]).subtract((BigDecimal) line[3]);
                        String account = names.getOrDefault((String) line[1], (String) line[1]);
                        out.write("    " + account + "  " + amount.setScale(2).toPlainString() + " SAR"
                                + (line[4] == null ? "" : "  ; " + clean((String) line[4])) + "\n");
                    }
                    out.write("\n");
                    after = (Long) entry[1];
                }
                out.flush();
                em.clear();
            }
            out.flush();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /** {@code 1210 Accounts receivable - customers}: single spaces only (two end an account name) and no ';'. */
    static String accountName(AccountEntity account) {
        return clean(account.code() + " " + account.nameEn()).replace(":", "-").replace("(", "[").replace(")", "]");
    }

    private static String clean(String text) {
        return text.replaceAll("[\\r\\n\\t;]", " ").replaceAll(" {2,}", " ").strip();
    }
}
