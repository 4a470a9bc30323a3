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

    void grant(String planId, String source, String subscriptionId, boolean autoRenew, LocalDateTime issuedAt,
            LocalDateTime expiresAt, String licenseKey) {
        this.planId = planId;
        this.source = source;
        this.subscriptionId = subscriptionId;
        this.autoRenew = autoRenew;
        this.issuedAt = issuedAt;
        this.expiresAt = expiresAt;
        this.licenseKey = licenseKey;
        this.status = PaymentStanding.PAID.name();
        this.pastDueSince = null;
        this.updatedAt = issuedAt;
    }

    void standing(PaymentStanding standing, LocalDateTime since, LocalDateTime now) {
        if (standing == PaymentStanding.PAST_DUE && pastDueSince == null) {
            pastDueSince = since;
        } else if (standing != PaymentStanding.PAST_DUE) {
            pastDueSince = null;
        }
        this.status = standing.name();
        this.updatedAt = now;
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
