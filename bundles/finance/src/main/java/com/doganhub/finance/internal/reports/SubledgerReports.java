package com.doganhub.finance.internal.reports;

import static com.doganhub.finance.internal.reports.LedgerRows.ZERO;

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

/**
 * The reports of the subledgers: the VAT return (VAT rows of issued documents by category), aged receivables
 * (receivable postings by invoice) and budget variance (budgets against ledger movement per period). Each is a SQL
 * aggregate; one row per category, open invoice or budget reaches the JVM.
 */
@Component(service = SubledgerReports.class)
public class SubledgerReports {


    private final Accounts accounts;

    @Activate
    public SubledgerReports(@Reference Accounts accounts) {
        this.accounts = accounts;
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
        rows.add(LedgerRows.summary("Total output VAT", "إجمالي ضريبة المخرجات", output));
        rows.add(LedgerRows.summary("Total input VAT", "إجمالي ضريبة المدخلات", input));
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
            BigDecimal balance = LedgerRows.scale((BigDecimal) row[1]).subtract(LedgerRows.scale((BigDecimal) row[2]));
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
            actualByPeriod.put(period, LedgerRows.sums(em, period.get(0), period.get(1)));
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
            Map<String, Object> row = account == null ? new LinkedHashMap<>() : LedgerRows.accountRow(account);
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

}
