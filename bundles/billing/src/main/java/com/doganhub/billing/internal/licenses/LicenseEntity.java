package com.doganhub.billing.internal.licenses;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * A tenant's license: what it grants lives in the signed key (plan, seats, modules, quotas, expiry); the columns say
 * where it comes from and how payment stands.
 */
@Entity
@Table(name = "bil_license")
public class LicenseEntity {

    @Id
    @Column(name = "tenant_id", length = 64)
    private String tenantId;
    @Column(name = "license_id", nullable = false, length = 64)
    private String licenseId;
    @Column(name = "tenant_slug", nullable = false, length = 64)
    private String tenantSlug;
    @Column(name = "plan_id", nullable = false, length = 64)
    private String planId;
    @Column(name = "source", nullable = false, length = 16)
    private String source;
    @Column(name = "subscription_id", length = 128)
    private String subscriptionId;
    @Column(name = "status", nullable = false, length = 16)
    private String status;
    @Column(name = "auto_renew", nullable = false)
    private boolean autoRenew;
    @Column(name = "issued_at", nullable = false)
    private LocalDateTime issuedAt;
    @Column(name = "expires_at", nullable = false)
    private LocalDateTime expiresAt;
    @Column(name = "past_due_since")
    private LocalDateTime pastDueSince;
    @Column(name = "payment_event_at")
    private LocalDateTime paymentEventAt;
    @Column(name = "license_key", nullable = false, length = 4000)
    private String licenseKey;
    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    protected LicenseEntity() {
    }

    LicenseEntity(String tenantId, String licenseId, String tenantSlug) {
        this.tenantId = tenantId;
        this.licenseId = licenseId;
        this.tenantSlug = tenantSlug;
    }

    /**
     * What the license grants from now on. It counts as paid unless {@code eventAt} (the Stripe time of the event
     * granting it) is older than the event that last set how payment stands: a late-delivered renewal extends the
     * license but does not clear a newer failure.
     */
    void grant(String planId, String source, String subscriptionId, boolean autoRenew, LocalDateTime issuedAt,
            LocalDateTime expiresAt, String licenseKey, LocalDateTime eventAt) {
        this.planId = planId;
        this.source = source;
        this.subscriptionId = subscriptionId;
        this.autoRenew = autoRenew;
        this.issuedAt = issuedAt;
        this.expiresAt = expiresAt;
        this.licenseKey = licenseKey;
        this.updatedAt = issuedAt;
        if (status == null || !olderThanPaymentEvent(eventAt)) {
            this.status = PaymentStanding.PAID.name();
            this.pastDueSince = null;
            this.paymentEventAt = eventAt == null ? paymentEventAt : eventAt;
        }
    }

    /**
     * Records how payment stands. Past due keeps the first failure's time; only a payment clears it, so a cancellation
     * of an unpaid subscription does not lift read-only mode.
     */
    void standing(PaymentStanding standing, LocalDateTime since, LocalDateTime now, LocalDateTime eventAt) {
        if (standing == PaymentStanding.PAST_DUE && pastDueSince == null) {
            pastDueSince = since;
        } else if (standing == PaymentStanding.PAID) {
            pastDueSince = null;
        }
        this.status = standing.name();
        this.updatedAt = now;
        if (eventAt != null) {
            this.paymentEventAt = eventAt;
        }
    }

    /** Whether an event of Stripe time {@code eventAt} is older than the one that last set how payment stands. */
    boolean olderThanPaymentEvent(LocalDateTime eventAt) {
        return eventAt != null && paymentEventAt != null && eventAt.isBefore(paymentEventAt);
    }

    void autoRenew(boolean autoRenew, LocalDateTime now) {
        this.autoRenew = autoRenew;
        this.updatedAt = now;
    }

    public String tenantId() { return tenantId; }
    public String licenseId() { return licenseId; }
    public String tenantSlug() { return tenantSlug; }
    public String planId() { return planId; }
    public String source() { return source; }
    public String subscriptionId() { return subscriptionId; }
    public PaymentStanding standing() { return PaymentStanding.valueOf(status); }
    public boolean autoRenew() { return autoRenew; }
    public LocalDateTime issuedAt() { return issuedAt; }
    public LocalDateTime expiresAt() { return expiresAt; }
    public LocalDateTime pastDueSince() { return pastDueSince; }
    public String licenseKey() { return licenseKey; }
}
