package com.doganhub.billing.internal.plans;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import com.doganhub.platform.api.licensing.Quotas;

/** A plan the operator sells: prices in SAR, what a license of it grants, and the Stripe prices it maps to. */
@Entity
@Table(name = "bil_plan")
public class PlanEntity {

    private static final long GB = 1024L * 1024 * 1024;

    @Id
    @Column(name = "id", length = 64)
    private String id;
    @Column(name = "name_ar", nullable = false, length = 200)
    private String nameAr;
    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;
    @Column(name = "monthly_price", nullable = false, precision = 12, scale = 2)
    private BigDecimal monthlyPrice;
    @Column(name = "yearly_price", nullable = false, precision = 12, scale = 2)
    private BigDecimal yearlyPrice;
    @Column(name = "seats", nullable = false)
    private int seats;
    @Column(name = "modules", nullable = false, length = 1000)
    private String modules;
    @Column(name = "invoices_per_month")
    private Long invoicesPerMonth;
    @Column(name = "storage_gb")
    private Long storageGb;
    @Column(name = "ai_requests_per_month")
    private Long aiRequestsPerMonth;
    @Column(name = "trial_days", nullable = false)
    private int trialDays;
    @Column(name = "stripe_price_monthly", length = 128)
    private String stripePriceMonthly;
    @Column(name = "stripe_price_yearly", length = 128)
    private String stripePriceYearly;
    @Column(name = "active", nullable = false)
    private boolean active;
    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    protected PlanEntity() {
    }

    PlanEntity(String id) {
        this.id = id;
    }

    void fill(PlanRequest.Checked plan, LocalDateTime now) {
        this.nameAr = plan.nameAr();
        this.nameEn = plan.nameEn();
        this.monthlyPrice = plan.monthlyPrice();
        this.yearlyPrice = plan.yearlyPrice();
        this.seats = plan.seats();
        this.modules = String.join(",", plan.modules());
        this.invoicesPerMonth = plan.invoicesPerMonth();
        this.storageGb = plan.storageGb();
        this.aiRequestsPerMonth = plan.aiRequestsPerMonth();
        this.trialDays = plan.trialDays();
        this.stripePriceMonthly = plan.stripePriceMonthly();
        this.stripePriceYearly = plan.stripePriceYearly();
        this.active = plan.active();
        this.updatedAt = now;
    }

    public String id() { return id; }
    public String nameAr() { return nameAr; }
    public String nameEn() { return nameEn; }
    public BigDecimal monthlyPrice() { return monthlyPrice; }
    public BigDecimal yearlyPrice() { return yearlyPrice; }
    public int seats() { return seats; }
    public Long invoicesPerMonth() { return invoicesPerMonth; }
    public Long storageGb() { return storageGb; }
    public Long aiRequestsPerMonth() { return aiRequestsPerMonth; }
    public int trialDays() { return trialDays; }
    public String stripePriceMonthly() { return stripePriceMonthly; }
    public String stripePriceYearly() { return stripePriceYearly; }
    public boolean active() { return active; }

    public List<String> modules() {
        return modules == null || modules.isBlank() ? List.of() : Arrays.asList(modules.split(","));
    }

    /** The limits a license of this plan carries; a quota the plan leaves unlimited is absent. */
    public Map<String, Long> quotas() {
        Map<String, Long> quotas = new LinkedHashMap<>();
        if (invoicesPerMonth != null) {
            quotas.put(Quotas.INVOICES_PER_MONTH, invoicesPerMonth);
        }
        if (storageGb != null) {
            quotas.put(Quotas.STORAGE_BYTES, storageGb * GB);
        }
        if (aiRequestsPerMonth != null) {
            quotas.put(Quotas.AI_REQUESTS_PER_MONTH, aiRequestsPerMonth);
        }
        return quotas;
    }

    /** The Stripe price of {@code interval}, if the operator mapped one. */
    public String stripePrice(BillingInterval interval) {
        return interval == BillingInterval.YEARLY ? stripePriceYearly : stripePriceMonthly;
    }
}
