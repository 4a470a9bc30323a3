package com.doganhub.finance.internal.reports;

import static com.doganhub.finance.internal.reports.LedgerRows.BEGINNING;
import static com.doganhub.finance.internal.reports.LedgerRows.ZERO;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.doganhub.finance.api.AccountType;
import com.doganhub.finance.internal.accounts.AccountEntity;
import com.doganhub.finance.internal.accounts.Accounts;
import com.doganhub.finance.internal.reports.Report.Column;
import com.doganhub.finance.internal.reports.Report.Kind;
import com.doganhub.platform.api.error.ValidationFailed;

/**
 * The ledger statements: trial balance, general ledger, profit and loss and balance sheet. Every figure is a SQL
 * aggregate over posted journal lines grouped by account, so the database does the adding and only one row per
 * account reaches the JVM; the general ledger, which lists lines by nature, is bounded by a row limit.
 */
@Component(service = Reports.class)
public class Reports {


    private final Accounts accounts;

    @Activate
    public Reports(@Reference Accounts accounts) {
        this.accounts = accounts;
    }

    /** Per account: opening balance before {@code from}, debits and credits within, closing balance. */
    public Report trialBalance(EntityManager em, LocalDate from, LocalDate to) {
        Map<String, BigDecimal[]> period = LedgerRows.sums(em, from, to);
        Map<String, BigDecimal[]> opening = LedgerRows.before(em, from);
        List<Map<String, Object>> rows = new ArrayList<>();
        BigDecimal[] total = {ZERO, ZERO, ZERO, ZERO, ZERO, ZERO};
        for (AccountEntity account : accounts.all(em)) {
            BigDecimal[] open = opening.getOrDefault(account.code(), new BigDecimal[] {ZERO, ZERO});
            BigDecimal[] moved = period.getOrDefault(account.code(), new BigDecimal[] {ZERO, ZERO});
            if (open[0].signum() == 0 && open[1].signum() == 0 && moved[0].signum() == 0 && moved[1].signum() == 0) {
                continue;
            }
            BigDecimal openNet = open[0].subtract(open[1]);
            BigDecimal closeNet = openNet.add(moved[0]).subtract(moved[1]);
            Map<String, Object> row = LedgerRows.accountRow(account);
            BigDecimal[] values = {LedgerRows.positive(openNet), LedgerRows.positive(openNet.negate()), moved[0], moved[1], LedgerRows.positive(closeNet),
                LedgerRows.positive(closeNet.negate())};
            String[] keys = {"openingDebit", "openingCredit", "debit", "credit", "closingDebit", "closingCredit"};
            for (int i = 0; i < keys.length; i++) {
                row.put(keys[i], values[i]);
                total[i] = total[i].add(values[i]);
            }
            rows.add(row);
        }
        Map<String, Object> totals = new LinkedHashMap<>();
        totals.put("nameEn", "Total");
        totals.put("nameAr", "الإجمالي");
        String[] keys = {"openingDebit", "openingCredit", "debit", "credit", "closingDebit", "closingCredit"};
        for (int i = 0; i < keys.length; i++) {
            totals.put(keys[i], total[i]);
        }
        return new Report("trial-balance", "ميزان المراجعة", "Trial balance", from, to, List.of(
                new Column("code", "رمز الحساب", "Account code", Kind.TEXT),
                new Column("nameAr", "اسم الحساب", "Account name (Arabic)", Kind.TEXT),
                new Column("nameEn", "اسم الحساب بالإنجليزية", "Account name", Kind.TEXT),
                new Column("openingDebit", "رصيد افتتاحي مدين", "Opening debit", Kind.AMOUNT),
                new Column("openingCredit", "رصيد افتتاحي دائن", "Opening credit", Kind.AMOUNT),
                new Column("debit", "حركة مدينة", "Debits", Kind.AMOUNT),
                new Column("credit", "حركة دائنة", "Credits", Kind.AMOUNT),
                new Column("closingDebit", "رصيد ختامي مدين", "Closing debit", Kind.AMOUNT),
                new Column("closingCredit", "رصيد ختامي دائن", "Closing credit", Kind.AMOUNT)), rows, totals);
    }

    /** The posted lines of the period, by account then date, with each account's opening and running balance. */
    public Report generalLedger(EntityManager em, LocalDate from, LocalDate to, String account, int maxRows) {
        Map<String, BigDecimal[]> opening = LedgerRows.before(em, from);
        String jpql = "select l.accountCode, l.entryDate, e.number, e.reference, l.description, e.memo, l.debit, l.credit"
                + " from JournalLineEntity l, JournalEntryEntity e where l.entryId = e.id and l.posted = true"
                + " and l.entryDate >= :from and l.entryDate <= :to" + (account == null ? "" : " and l.accountCode = :account")
                + " order by l.accountCode, l.entryDate, e.number, l.lineNumber";
        var query = em.createQuery(jpql, Object[].class).setParameter("from", from).setParameter("to", to)
                .setMaxResults(maxRows + 1);
        if (account != null) {
            query.setParameter("account", account);
        }
        List<Object[]> lines = query.getResultList();
        if (lines.size() > maxRows) {
            throw new ValidationFailed("to", "report.too-large", maxRows);
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        String current = null;
        BigDecimal balance = ZERO;
        BigDecimal totalDebit = ZERO;
        BigDecimal totalCredit = ZERO;
        for (Object[] line : lines) {
            String code = (String) line[0];
            if (!code.equals(current)) {
                current = code;
                BigDecimal[] open = opening.getOrDefault(code, new BigDecimal[] {ZERO, ZERO});
                balance = open[0].subtract(open[1]);
                Map<String, Object> openingRow = new LinkedHashMap<>();
                openingRow.put("account", code);
                openingRow.put("date", from.isAfter(BEGINNING) ? from : null);
                openingRow.put("description", "Opening balance / الرصيد الافتتاحي");
                openingRow.put("balance", balance);
                rows.add(openingRow);
            }
            BigDecimal debit = (BigDecimal) line[6];
            BigDecimal credit = (BigDecimal) line[7];
            balance = balance.add(debit).subtract(credit);
            totalDebit = totalDebit.add(debit);
            totalCredit = totalCredit.add(credit);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("account", code);
            row.put("date", line[1]);
            row.put("entryNumber", line[2]);
            row.put("reference", line[3]);
            row.put("description", line[4] != null ? line[4] : line[5]);
            row.put("debit", debit);
            row.put("credit", credit);
            row.put("balance", balance);
            rows.add(row);
        }
        Map<String, Object> totals = new LinkedHashMap<>();
        totals.put("description", "Total / الإجمالي");
        totals.put("debit", totalDebit);
        totals.put("credit", totalCredit);
        return new Report("general-ledger", "دفتر الأستاذ العام", "General ledger", from, to, List.of(
                new Column("account", "الحساب", "Account", Kind.TEXT),
                new Column("date", "التاريخ", "Date", Kind.DATE),
                new Column("entryNumber", "رقم القيد", "Entry", Kind.NUMBER),
                new Column("reference", "المرجع", "Reference", Kind.TEXT),
                new Column("description", "البيان", "Description", Kind.TEXT),
                new Column("debit", "مدين", "Debit", Kind.AMOUNT),
                new Column("credit", "دائن", "Credit", Kind.AMOUNT),
                new Column("balance", "الرصيد", "Balance", Kind.AMOUNT)), rows, totals);
    }

    /** Revenue and expense accounts over the period, and the net profit. */
    public Report profitAndLoss(EntityManager em, LocalDate from, LocalDate to) {
        Map<String, BigDecimal[]> period = LedgerRows.sums(em, from, to);
        List<Map<String, Object>> rows = new ArrayList<>();
        BigDecimal revenue = ZERO;
        BigDecimal expenses = ZERO;
        for (AccountType type : List.of(AccountType.REVENUE, AccountType.EXPENSE)) {
            BigDecimal subtotal = ZERO;
            for (AccountEntity account : accounts.all(em)) {
                BigDecimal[] moved = period.get(account.code());
                if (account.type() != type || moved == null) {
                    continue;
                }
                BigDecimal amount = type == AccountType.REVENUE ? moved[1].subtract(moved[0]) : moved[0].subtract(moved[1]);
                Map<String, Object> row = LedgerRows.accountRow(account);
                row.put("section", type == AccountType.REVENUE ? "Revenue" : "Expenses");
                row.put("amount", amount);
                rows.add(row);
                subtotal = subtotal.add(amount);
            }
            Map<String, Object> sectionTotal = new LinkedHashMap<>();
            sectionTotal.put("section", type == AccountType.REVENUE ? "Revenue" : "Expenses");
            sectionTotal.put("nameEn", type == AccountType.REVENUE ? "Total revenue" : "Total expenses");
            sectionTotal.put("nameAr", type == AccountType.REVENUE ? "إجمالي الإيرادات" : "إجمالي المصروفات");
            sectionTotal.put("amount", subtotal);
            rows.add(sectionTotal);
            if (type == AccountType.REVENUE) {
                revenue = subtotal;
            } else {
                expenses = subtotal;
            }
        }
        Map<String, Object> totals = new LinkedHashMap<>();
        totals.put("nameEn", "Net profit");
        totals.put("nameAr", "صافي الربح");
        totals.put("amount", revenue.subtract(expenses));
        return new Report("profit-and-loss", "قائمة الدخل", "Profit and loss", from, to, List.of(
                new Column("section", "القسم", "Section", Kind.TEXT),
                new Column("code", "رمز الحساب", "Account code", Kind.TEXT),
                new Column("nameAr", "اسم الحساب", "Account name (Arabic)", Kind.TEXT),
                new Column("nameEn", "اسم الحساب بالإنجليزية", "Account name", Kind.TEXT),
                new Column("amount", "المبلغ", "Amount", Kind.AMOUNT)), rows, totals);
    }

    /** Assets against liabilities and equity as of {@code to}; profit not yet closed shows as current earnings. */
    public Report balanceSheet(EntityManager em, LocalDate to) {
        Map<String, BigDecimal[]> balances = LedgerRows.sums(em, BEGINNING, to);
        List<Map<String, Object>> rows = new ArrayList<>();
        BigDecimal assets = ZERO;
        BigDecimal liabilitiesAndEquity = ZERO;
        BigDecimal earnings = ZERO;
        for (AccountEntity account : accounts.all(em)) {
            BigDecimal[] sum = balances.get(account.code());
            if (sum == null) {
                continue;
            }
            BigDecimal debitNet = sum[0].subtract(sum[1]);
            switch (account.type()) {
                case REVENUE -> earnings = earnings.subtract(debitNet);
                case EXPENSE -> earnings = earnings.subtract(debitNet);
                default -> {
                    BigDecimal amount = account.type() == AccountType.ASSET ? debitNet : debitNet.negate();
                    Map<String, Object> row = LedgerRows.accountRow(account);
                    row.put("section", account.type().name());
                    row.put("amount", amount);
                    rows.add(row);
                    if (account.type() == AccountType.ASSET) {
                        assets = assets.add(amount);
                    } else {
                        liabilitiesAndEquity = liabilitiesAndEquity.add(amount);
                    }
                }
            }
        }
        Map<String, Object> earningsRow = new LinkedHashMap<>();
        earningsRow.put("section", AccountType.EQUITY.name());
        earningsRow.put("nameEn", "Current earnings (not yet closed)");
        earningsRow.put("nameAr", "أرباح الفترة غير المقفلة");
        earningsRow.put("amount", earnings);
        rows.add(earningsRow);
        liabilitiesAndEquity = liabilitiesAndEquity.add(earnings);
        Map<String, Object> assetTotal = new LinkedHashMap<>();
        assetTotal.put("section", AccountType.ASSET.name());
        assetTotal.put("nameEn", "Total assets");
        assetTotal.put("nameAr", "إجمالي الأصول");
        assetTotal.put("amount", assets);
        rows.add(assetTotal);
        Map<String, Object> totals = new LinkedHashMap<>();
        totals.put("nameEn", "Total liabilities and equity");
        totals.put("nameAr", "إجمالي الخصوم وحقوق الملكية");
        totals.put("amount", liabilitiesAndEquity);
        return new Report("balance-sheet", "قائمة المركز المالي", "Balance sheet", null, to, List.of(
                new Column("section", "القسم", "Section", Kind.TEXT),
                new Column("code", "رمز الحساب", "Account code", Kind.TEXT),
                new Column("nameAr", "اسم الحساب", "Account name (Arabic)", Kind.TEXT),
                new Column("nameEn", "اسم الحساب بالإنجليزية", "Account name", Kind.TEXT),
                new Column("amount", "المبلغ", "Amount", Kind.AMOUNT)), rows, totals);
    }

}
