package com.doganhub.finance.api;

/**
 * The five account classes of double-entry bookkeeping. Assets and expenses grow with debits; liabilities, equity and
 * revenue grow with credits, which is what {@link #normalBalance()} tells.
 */
public enum AccountType {
    ASSET(NormalBalance.DEBIT),
    LIABILITY(NormalBalance.CREDIT),
    EQUITY(NormalBalance.CREDIT),
    REVENUE(NormalBalance.CREDIT),
    EXPENSE(NormalBalance.DEBIT);

    private final NormalBalance normalBalance;

    AccountType(NormalBalance normalBalance) {
        this.normalBalance = normalBalance;
    }

    public NormalBalance normalBalance() {
        return normalBalance;
    }

    /** Whether the account belongs on the balance sheet (rather than in profit and loss). */
    public boolean isBalanceSheet() {
        return this == ASSET || this == LIABILITY || this == EQUITY;
    }

    /** The side on which an account's balance is normally carried. */
    public enum NormalBalance {
        DEBIT,
        CREDIT
    }
}
