package com.doganhub.billing.internal.webhooks;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** A Stripe subscription as the newest applied event describes it. */
@Entity
@Table(name = "bil_subscription")
public class SubscriptionEntity {

    /** Stripe's statuses in which the customer has paid (or is in a trial) for the current period. */
    static final java.util.Set<String> PAID_UP = java.util.Set.of("active", "trialing");
    /** A cancelled subscription never comes back in Stripe: a new one is created instead. */
    static final String CANCELED = "canceled";

    @Id
    @Column(name = "id", length = 128)
    private String id;
    @Column(name = "tenant_id", nullable = false, length = 64)
    private String tenantId;
    @Column(name = "plan_id", nullable = false, length = 64)
    private String planId;
    @Column(name = "status", nullable = false, length = 32)
    private String status;
    @Column(name = "current_period_end")
    private LocalDateTime currentPeriodEnd;
    @Column(name = "cancel_at_period_end", nullable = false)
    private boolean cancelAtPeriodEnd;
    @Column(name = "last_event_at", nullable = false)
    private LocalDateTime lastEventAt;
    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    protected SubscriptionEntity() {
    }

    SubscriptionEntity(String id, String tenantId) {
        this.id = id;
        this.tenantId = tenantId;
    }

    void apply(String planId, String status, LocalDateTime currentPeriodEnd, boolean cancelAtPeriodEnd,
            LocalDateTime eventAt, LocalDateTime now) {
        this.planId = planId;
        this.status = status;
        this.currentPeriodEnd = currentPeriodEnd;
        this.cancelAtPeriodEnd = cancelAtPeriodEnd;
        this.lastEventAt = eventAt;
        this.updatedAt = now;
    }

    /** Whether an event created at {@code eventAt} is older than what this row already reflects. */
    boolean newerThan(LocalDateTime eventAt) {
        return lastEventAt != null && lastEventAt.isAfter(eventAt);
    }

    public String id() { return id; }
    public String tenantId() { return tenantId; }
    public String planId() { return planId; }
    public String status() { return status; }
    public LocalDateTime currentPeriodEnd() { return currentPeriodEnd; }
    public boolean cancelAtPeriodEnd() { return cancelAtPeriodEnd; }
    public boolean canceled() { return CANCELED.equals(status); }
    public boolean paidUp() { return PAID_UP.contains(status); }
}
