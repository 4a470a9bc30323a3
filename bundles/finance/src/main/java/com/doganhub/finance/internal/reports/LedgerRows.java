package com.doganhub.finance.internal.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.persistence.EntityManager;

import com.doganhub.finance.internal.accounts.AccountEntity;

/** What every report builds on: one GROUP BY of posted lines per account, and the shared row shapes. */
final class LedgerRows {

    static final LocalDate BEGINNING = LocalDate.of(1900, 1, 1);
    static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private LedgerRows() {
    }

    /** Debit and credit sums of posted lines per account between the dates (inclusive): one GROUP BY. */
    /** The sums of everything posted before {@code from} (nothing when {@code from} is the beginning): opening balances. */
    static Map<String, BigDecimal[]> before(EntityManager em, LocalDate from) {
        return from.isAfter(BEGINNING) ? sums(em, BEGINNING, from.minusDays(1)) : Map.of();
    }

    static Map<String, BigDecimal[]> sums(EntityManager em, LocalDate from, LocalDate to) {
        List<Object[]> rows = em.createQuery("select l.accountCode, sum(l.debit), sum(l.credit) from JournalLineEntity l"
                + " where l.posted = true and l.entryDate >= :from and l.entryDate <= :to group by l.accountCode",
                Object[].class).setParameter("from", from).setParameter("to", to).getResultList();
        Map<String, BigDecimal[]> sums = new TreeMap<>();
        rows.forEach(row -> sums.put((String) row[0], new BigDecimal[] {scale((BigDecimal) row[1]), scale((BigDecimal) row[2])}));
        return sums;
    }

    static Map<String, Object> summary(String en, String ar, BigDecimal vat) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("direction", en + " / " + ar);
        row.put("vat", vat);
        return row;
    }

    static Map<String, Object> accountRow(AccountEntity account) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("code", account.code());
        row.put("nameAr", account.nameAr());
        row.put("nameEn", account.nameEn());
        return row;
    }

    static BigDecimal positive(BigDecimal value) {
        return value.signum() > 0 ? value : ZERO;
    }

    static BigDecimal scale(BigDecimal value) {
        return value == null ? ZERO : value.setScale(2);
    }
}
