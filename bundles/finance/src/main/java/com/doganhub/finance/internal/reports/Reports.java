package com.doganhub.finance.internal.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.doganhub.finance.api.AccountType;
import com.doganhub.finance.internal.accounts.AccountEntity;
import com.doganhub.finance.internal.accounts.Accounts;
import com.doganhub.finance.internal.accounts.PostingRole;
import com.doganhub.finance.internal.budgets.BudgetEntity;
import com.doganhub.finance.internal.budgets.BudgetPeriod;
import com.doganhub.finance.internal.invoices.InvoiceEntity;
import com.doganhub.finance.internal.reports.Report.Column;
import com.doganhub.finance.internal.reports.Report.Kind;
import com.doganhub.platform.api.error.ValidationFailed;

/**
 * The financial reports. Every figure is a SQL aggregate over posted journal lines (or VAT rows) grouped by account
 * or document, so the database does the adding and only one row per account or open invoice reaches the JVM; the
 * general ledger, which lists lines by nature, is bounded by a row limit.
 */
@Component(service = Reports.class)
public class Reports {

    static final LocalDate BEGINNING = LocalDate.of(1900, 1, 1);
    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private final Accounts accounts;

    @Activate
    public Reports(@Reference Accounts accounts) {
        this.accounts = accounts;
    }

    /** Per account: opening balance before {@code from}, debits and credits within, closing balance. */
    public Report trialBalance(EntityManager em, LocalDate from, LocalDate to) {
        Map<String, BigDecimal[]> period = sums(em, from, to);
        Map<String, BigDecimal[]> opening = from.isAfter(BEGINNING) ? sums(em, BEGINNING, from.minusDays(1)) : Map.of();
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
            Map<String, Object> row = accountRow(account);
            BigDecimal[] values = {positive(openNet), positive(openNet.negate()), moved[0], moved[1], positive(closeNet),
                positive(closeNet.negate())};
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
        Map<String, BigDecimal[]> opening = from.isAfter(BEGINNING) ? sums(em, BEGINNING, from.minusDays(1)) : Map.of();
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
        Map<String, BigDecimal[]> period = sums(em, from, to);
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
                Map<String, Object> row = accountRow(account);
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
        Map<String, BigDecimal[]> balances = sums(em, BEGINNING, to);
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
                    Map<String, Object> row = accountRow(account);
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

    /** Output VAT (invoices less credit notes) and input VAT (bills) by category, and the net payable. */
    public Report vatReturn(EntityManager em, LocalDate from, LocalDate to) {
        List<Object[]> sums = em.createQuery("select t.direction, t.category, t.rate, sum(t.taxableAmount), sum(t.taxAmount)"
                + " from TaxLineEntity t where t.documentDate >= :from and t.documentDate <= :to"
                + " group by t.direction, t.category, t.rate order by t.direction desc, t.category", Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultList();
        List<Map<String, Object>> rows = new ArrayList<>();
        BigDecimal output = ZERO;
        BigDecimal input = ZERO;
        for (Object[] sum : sums) {
            Map<String, Object> row = new LinkedHashMap<>();
            String direction = String.valueOf(sum[0]);
            row.put("direction", direction);
            row.put("category", String.valueOf(sum[1]));
            row.put("rate", sum[2]);
            row.put("taxable", sum[3]);
            row.put("vat", sum[4]);
            rows.add(row);
            if ("OUTPUT".equals(direction)) {
                output = output.add((BigDecimal) sum[4]);
            } else {
                input = input.add((BigDecimal) sum[4]);
            }
        }
        rows.add(summary("Total output VAT", "إجمالي ضريبة المخرجات", output));
        rows.add(summary("Total input VAT", "إجمالي ضريبة المدخلات", input));
        Map<String, Object> totals = new LinkedHashMap<>();
        totals.put("direction", "Net VAT payable / صافي الضريبة المستحقة");
        totals.put("vat", output.subtract(input));
        return new Report("vat-return", "إقرار ضريبة القيمة المضافة", "VAT return", from, to, List.of(
                new Column("direction", "النوع", "Direction", Kind.TEXT),
                new Column("category", "الفئة", "Category", Kind.TEXT),
                new Column("rate", "النسبة", "Rate %", Kind.AMOUNT),
                new Column("taxable", "المبلغ الخاضع", "Taxable amount", Kind.AMOUNT),
                new Column("vat", "الضريبة", "VAT", Kind.AMOUNT)), rows, totals);
    }

    /** Open invoices as of {@code asOf} (receivable postings up to then), by days past due. */
    public Report agedReceivables(EntityManager em, LocalDate asOf) {
        String receivable = accounts.codeFor(em, PostingRole.RECEIVABLE);
        List<Object[]> open = em.createQuery("select l.documentId, sum(l.debit), sum(l.credit) from JournalLineEntity l"
                + " where l.posted = true and l.accountCode = :account and l.entryDate <= :asOf and l.documentId is not null"
                + " group by l.documentId", Object[].class)
                .setParameter("account", receivable).setParameter("asOf", asOf).getResultList();
        Map<String, BigDecimal> balances = new HashMap<>();
        for (Object[] row : open) {
            BigDecimal balance = scale((BigDecimal) row[1]).subtract(scale((BigDecimal) row[2]));
            if (balance.signum() != 0) {
                balances.put((String) row[0], balance);
            }
        }
        List<InvoiceEntity> invoices = new ArrayList<>();
        List<String> ids = new ArrayList<>(balances.keySet());
        for (int i = 0; i < ids.size(); i += 500) {
            invoices.addAll(em.createQuery("select i from InvoiceEntity i where i.id in :ids", InvoiceEntity.class)
                    .setParameter("ids", ids.subList(i, Math.min(ids.size(), i + 500))).getResultList());
        }
        invoices.sort((a, b) -> a.dueDate().compareTo(b.dueDate()) != 0 ? a.dueDate().compareTo(b.dueDate())
                : a.number().compareTo(b.number()));
        String[] buckets = {"current", "days1to30", "days31to60", "days61to90", "over90"};
        BigDecimal[] totals = {ZERO, ZERO, ZERO, ZERO, ZERO, ZERO};
        List<Map<String, Object>> rows = new ArrayList<>();
        for (InvoiceEntity invoice : invoices) {
            BigDecimal balance = balances.get(invoice.id());
            long overdue = ChronoUnit.DAYS.between(invoice.dueDate(), asOf);
            int bucket = overdue <= 0 ? 0 : overdue <= 30 ? 1 : overdue <= 60 ? 2 : overdue <= 90 ? 3 : 4;
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("invoice", invoice.number());
            row.put("customer", invoice.customerNameEn() != null ? invoice.customerNameEn() : invoice.customerNameAr());
            row.put("dueDate", invoice.dueDate());
            row.put("daysOverdue", Math.max(0, overdue));
            for (int b = 0; b < buckets.length; b++) {
                row.put(buckets[b], b == bucket ? balance : ZERO);
            }
            row.put("balance", balance);
            rows.add(row);
            totals[bucket] = totals[bucket].add(balance);
            totals[5] = totals[5].add(balance);
        }
        Map<String, Object> totalRow = new LinkedHashMap<>();
        totalRow.put("invoice", "Total / الإجمالي");
        for (int b = 0; b < buckets.length; b++) {
            totalRow.put(buckets[b], totals[b]);
        }
        totalRow.put("balance", totals[5]);
        return new Report("aged-receivables", "أعمار الذمم المدينة", "Aged receivables", null, asOf, List.of(
                new Column("invoice", "الفاتورة", "Invoice", Kind.TEXT),
                new Column("customer", "العميل", "Customer", Kind.TEXT),
                new Column("dueDate", "تاريخ الاستحقاق", "Due date", Kind.DATE),
                new Column("daysOverdue", "أيام التأخير", "Days overdue", Kind.NUMBER),
                new Column("current", "غير مستحقة", "Current", Kind.AMOUNT),
                new Column("days1to30", "١-٣٠ يوماً", "1-30 days", Kind.AMOUNT),
                new Column("days31to60", "٣١-٦٠ يوماً", "31-60 days", Kind.AMOUNT),
                new Column("days61to90", "٦١-٩٠ يوماً", "61-90 days", Kind.AMOUNT),
                new Column("over90", "أكثر من ٩٠ يوماً", "Over 90 days", Kind.AMOUNT),
                new Column("balance", "الرصيد", "Balance", Kind.AMOUNT)), rows, totalRow);
    }

    /** Budgets falling within the dates against the actual net movement of their accounts in each period. */
    public Report budgetVariance(EntityManager em, LocalDate from, LocalDate to) {
        List<BudgetEntity> budgets = em.createQuery("select b from BudgetEntity b where b.periodStart >= :from"
                + " and b.periodEnd <= :to order by b.periodStart, b.accountCode", BudgetEntity.class)
                .setParameter("from", from).setParameter("to", to).getResultList();
        Map<String, AccountEntity> chart = accounts.byCodes(em, budgets.stream().map(BudgetEntity::accountCode).toList());
        Map<List<LocalDate>, Map<String, BigDecimal[]>> actualByPeriod = new LinkedHashMap<>();
        Set<List<LocalDate>> periods = new LinkedHashSet<>();
        budgets.forEach(budget -> periods.add(List.of(budget.periodStart(), budget.periodEnd())));
        for (List<LocalDate> period : periods) {
            actualByPeriod.put(period, sums(em, period.get(0), period.get(1)));
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        BigDecimal budgeted = ZERO;
        BigDecimal actual = ZERO;
        for (BudgetEntity budget : budgets) {
            AccountEntity account = chart.get(budget.accountCode());
            BigDecimal[] moved = actualByPeriod.get(List.of(budget.periodStart(), budget.periodEnd()))
                    .getOrDefault(budget.accountCode(), new BigDecimal[] {ZERO, ZERO});
            boolean debitNormal = account == null || account.type().normalBalance() == AccountType.NormalBalance.DEBIT;
            BigDecimal amount = debitNormal ? moved[0].subtract(moved[1]) : moved[1].subtract(moved[0]);
            Map<String, Object> row = account == null ? new LinkedHashMap<>() : accountRow(account);
            row.put("code", budget.accountCode());
            row.put("period", BudgetPeriod.labelOf(budget.periodStart(), budget.periodEnd()));
            row.put("budget", budget.amount());
            row.put("actual", amount);
            row.put("variance", amount.subtract(budget.amount()));
            row.put("variancePercent", budget.amount().signum() == 0 ? null
                    : amount.subtract(budget.amount()).movePointRight(2).divide(budget.amount(), 2, java.math.RoundingMode.HALF_UP));
            rows.add(row);
            budgeted = budgeted.add(budget.amount());
            actual = actual.add(amount);
        }
        Map<String, Object> totals = new LinkedHashMap<>();
        totals.put("nameEn", "Total");
        totals.put("nameAr", "الإجمالي");
        totals.put("budget", budgeted);
        totals.put("actual", actual);
        totals.put("variance", actual.subtract(budgeted));
        return new Report("budget-variance", "الموازنة مقابل الفعلي", "Budget variance", from, to, List.of(
                new Column("period", "الفترة", "Period", Kind.TEXT),
                new Column("code", "رمز الحساب", "Account code", Kind.TEXT),
                new Column("nameAr", "اسم الحساب", "Account name (Arabic)", Kind.TEXT),
                new Column("nameEn", "اسم الحساب بالإنجليزية", "Account name", Kind.TEXT),
                new Column("budget", "الموازنة", "Budget", Kind.AMOUNT),
                new Column("actual", "الفعلي", "Actual", Kind.AMOUNT),
                new Column("variance", "الانحراف", "Variance", Kind.AMOUNT),
                new Column("variancePercent", "نسبة الانحراف ٪", "Variance %", Kind.AMOUNT)), rows, totals);
    }

    /** Debit and credit sums of posted lines per account between the dates (inclusive): one GROUP BY. */
    Map<String, BigDecimal[]> sums(EntityManager em, LocalDate from, LocalDate to) {
        List<Object[]> rows = em.createQuery("select l.accountCode, sum(l.debit), sum(l.credit) from JournalLineEntity l"
                + " where l.posted = true and l.entryDate >= :from and l.entryDate <= :to group by l.accountCode",
                Object[].class).setParameter("from", from).setParameter("to", to).getResultList();
        Map<String, BigDecimal[]> sums = new TreeMap<>();
        rows.forEach(row -> sums.put((String) row[0], new BigDecimal[] {scale((BigDecimal) row[1]), scale((BigDecimal) row[2])}));
        return sums;
    }

    private static Map<String, Object> summary(String en, String ar, BigDecimal vat) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("direction", en + " / " + ar);
        row.put("vat", vat);
        return row;
    }

    private static Map<String, Object> accountRow(AccountEntity account) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("code", account.code());
        row.put("nameAr", account.nameAr());
        row.put("nameEn", account.nameEn());
        return row;
    }

    private static BigDecimal positive(BigDecimal value) {
        return value.signum() > 0 ? value : ZERO;
    }

    private static BigDecimal scale(BigDecimal value) {
        return value == null ? ZERO : value.setScale(2);
    }
}
