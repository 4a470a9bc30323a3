package com.doganhub.finance.internal;

/** The finance permissions; built-in roles grant them by pattern ({@code finance.*}, {@code *.read}). */
public final class FinancePermissions {

    public static final String ACCOUNTS_READ = "finance.accounts.read";
    public static final String ACCOUNTS_WRITE = "finance.accounts.write";
    public static final String JOURNAL_READ = "finance.journal.read";
    public static final String JOURNAL_WRITE = "finance.journal.write";
    public static final String JOURNAL_POST = "finance.journal.post";
    public static final String INVOICES_READ = "finance.invoices.read";
    public static final String INVOICES_WRITE = "finance.invoices.write";
    public static final String INVOICES_ISSUE = "finance.invoices.issue";
    public static final String PAYMENTS_WRITE = "finance.payments.write";
    public static final String BILLS_READ = "finance.bills.read";
    public static final String BILLS_WRITE = "finance.bills.write";
    public static final String BUDGETS_READ = "finance.budgets.read";
    public static final String BUDGETS_WRITE = "finance.budgets.write";
    public static final String REPORTS_READ = "finance.reports.read";
    public static final String SETTINGS_READ = "finance.settings.read";
    public static final String SETTINGS_WRITE = "finance.settings.write";

    private FinancePermissions() {
    }
}
