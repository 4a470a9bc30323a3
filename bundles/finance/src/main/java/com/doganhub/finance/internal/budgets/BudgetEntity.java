package com.doganhub.finance.internal.budgets;

import java.math.BigDecimal;
import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import com.doganhub.platform.persistence.api.TenantOwnedEntity;

/** The planned net movement of one account over one month or quarter (inclusive dates). */
@Entity
@Table(name = "fin_budget")
public class BudgetEntity extends TenantOwnedEntity {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "account_code", nullable = false, length = 20)
    private String accountCode;

    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    private LocalDate periodEnd;

    @Column(name = "amount", nullable = false, precision = 19, scale = 2)
    private BigDecimal amount;

    protected BudgetEntity() {
        // JPA
    }

    BudgetEntity(String id, String accountCode, LocalDate periodStart, LocalDate periodEnd, BigDecimal amount) {
        this.id = id;
        this.accountCode = accountCode;
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
        this.amount = amount;
    }

    public String id() { return id; }
    public String accountCode() { return accountCode; }
    public LocalDate periodStart() { return periodStart; }
    public LocalDate periodEnd() { return periodEnd; }
    public BigDecimal amount() { return amount; }

    void amount(BigDecimal amount) {
        this.amount = amount;
    }
}
