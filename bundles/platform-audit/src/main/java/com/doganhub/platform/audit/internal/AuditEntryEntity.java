package com.doganhub.platform.audit.internal;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;

import com.doganhub.platform.persistence.api.TenantOwnedEntity;

/** One audit entry. No setters: an entry is written once and never changed. */
@Entity
@Table(name = "core_audit_entry")
public class AuditEntryEntity extends TenantOwnedEntity {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    /** UTC. */
    @Column(name = "occurred_at", nullable = false)
    private LocalDateTime occurredAt;

    @Column(name = "user_id", nullable = false, length = 64)
    private String userId;

    @Column(name = "entity_type", nullable = false, length = 64)
    private String entityType;

    @Column(name = "entity_id", nullable = false, length = 64)
    private String entityId;

    @Column(name = "action", nullable = false, length = 64)
    private String action;

    /** The changed fields as JSON: {@code {"field": {"before": ..., "after": ...}}}. */
    @Lob
    @Column(name = "changes")
    private String changes;

    @Column(name = "request_id", length = 64)
    private String requestId;

    @Column(name = "client_address", length = 64)
    private String clientAddress;

    protected AuditEntryEntity() {
        // for JPA
    }

    AuditEntryEntity(String id, LocalDateTime occurredAt, String userId, String entityType, String entityId,
            String action, String changes, String requestId, String clientAddress) {
        this.id = id;
        this.occurredAt = occurredAt;
        this.userId = userId;
        this.entityType = entityType;
        this.entityId = entityId;
        this.action = action;
        this.changes = changes;
        this.requestId = requestId;
        this.clientAddress = clientAddress;
    }

    String id() {
        return id;
    }

    LocalDateTime occurredAt() {
        return occurredAt;
    }

    String userId() {
        return userId;
    }

    String entityType() {
        return entityType;
    }

    String entityId() {
        return entityId;
    }

    String action() {
        return action;
    }

    String changes() {
        return changes;
    }

    String requestId() {
        return requestId;
    }

    String clientAddress() {
        return clientAddress;
    }
}
