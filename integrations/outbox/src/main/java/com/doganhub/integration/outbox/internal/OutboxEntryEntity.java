package com.doganhub.integration.outbox.internal;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * Read view of one outbox row for the operator's listings. Rows are written and moved between states only by the
 * guarded SQL in {@link OutboxStore}; this mapping is never persisted or merged.
 */
@Entity
@Table(name = "int_outbox")
public class OutboxEntryEntity {

    @Id
    private String id;
    @Column(name = "tenant_id")
    private String tenantId;
    @Column(name = "tenant_slug")
    private String tenantSlug;
    private String kind;
    @Column(name = "message_id")
    private String messageId;
    private String recipients;
    private String subject;
    @Enumerated(EnumType.STRING)
    private OutboxStatus status;
    private int attempts;
    @Column(name = "created_at")
    private LocalDateTime createdAt;
    @Column(name = "next_attempt_at")
    private LocalDateTime nextAttemptAt;
    @Column(name = "finished_at")
    private LocalDateTime finishedAt;
    private String provider;
    @Column(name = "provider_message_id")
    private String providerMessageId;
    @Column(name = "last_error")
    private String lastError;

    protected OutboxEntryEntity() {
    }

    public String id() {
        return id;
    }

    public String tenantId() {
        return tenantId;
    }

    public String tenantSlug() {
        return tenantSlug;
    }

    public String kind() {
        return kind;
    }

    public String messageId() {
        return messageId;
    }

    public String recipients() {
        return recipients;
    }

    public String subject() {
        return subject;
    }

    public OutboxStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public LocalDateTime createdAt() {
        return createdAt;
    }

    public LocalDateTime nextAttemptAt() {
        return nextAttemptAt;
    }

    public LocalDateTime finishedAt() {
        return finishedAt;
    }

    public String provider() {
        return provider;
    }

    public String providerMessageId() {
        return providerMessageId;
    }

    public String lastError() {
        return lastError;
    }
}
