package com.doganhub.billing.internal.webhooks;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** A verified webhook event, stored once by its id with what processing it did. */
@Entity
@Table(name = "bil_event")
public class WebhookEventEntity {

    @Id
    @Column(name = "id", length = 128)
    private String id;
    @Column(name = "type", nullable = false, length = 100)
    private String type;
    @Column(name = "event_created", nullable = false)
    private LocalDateTime eventCreated;
    @Column(name = "received_at", nullable = false)
    private LocalDateTime receivedAt;
    @Column(name = "tenant_id", length = 64)
    private String tenantId;
    @Column(name = "outcome", nullable = false, length = 32)
    private String outcome;
    @Column(name = "detail", length = 500)
    private String detail;

    protected WebhookEventEntity() {
    }

    WebhookEventEntity(String id, String type, LocalDateTime eventCreated, LocalDateTime receivedAt) {
        this.id = id;
        this.type = type;
        this.eventCreated = eventCreated;
        this.receivedAt = receivedAt;
        this.outcome = "received";
    }

    void outcome(String tenantId, String outcome, String detail) {
        this.tenantId = tenantId;
        this.outcome = outcome;
        this.detail = detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500);
    }

    public String id() { return id; }
    public String type() { return type; }
    public LocalDateTime eventCreated() { return eventCreated; }
    public LocalDateTime receivedAt() { return receivedAt; }
    public String tenantId() { return tenantId; }
    public String outcome() { return outcome; }
    public String detail() { return detail; }
}
