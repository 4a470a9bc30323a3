package com.doganhub.crm.internal.activities;

import java.time.LocalDate;
import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;

import com.doganhub.platform.persistence.api.TenantOwnedEntity;

/**
 * Something done or to do about a contact, company or deal: a call, meeting, task (due, then done), note, or an email
 * sent from the CRM (with the outbox's id and Message-ID, so its delivery can be followed).
 */
@Entity
@Table(name = "crm_activity")
public class ActivityEntity extends TenantOwnedEntity {

    public enum Type {
        CALL, MEETING, TASK, NOTE, EMAIL
    }

    public enum Subject {
        CONTACT, COMPANY, DEAL
    }

    @Id
    @Column(length = 36)
    private String id;
    @Enumerated(EnumType.STRING)
    private Type type;
    @Enumerated(EnumType.STRING)
    @Column(name = "entity_type")
    private Subject entityType;
    @Column(name = "entity_id")
    private String entityId;
    private String title;
    private String body;
    @Column(name = "owner_id")
    private String ownerId;
    @Column(name = "due_date")
    private LocalDate dueDate;
    private boolean done;
    @Column(name = "done_at")
    private LocalDateTime doneAt;
    @Column(name = "outbox_id")
    private String outboxId;
    @Column(name = "message_id")
    private String messageId;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at")
    private LocalDateTime createdAt;

    protected ActivityEntity() {
        // JPA
    }

    ActivityEntity(String id, Type type, Subject entityType, String entityId, String title, String body, String ownerId,
            LocalDate dueDate, String createdBy, LocalDateTime now) {
        this.id = id;
        this.type = type;
        this.entityType = entityType;
        this.entityId = entityId;
        this.title = title;
        this.body = body;
        this.ownerId = ownerId;
        this.dueDate = dueDate;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    void sent(String outbox, String message) {
        this.outboxId = outbox;
        this.messageId = message;
        this.done = true;
        this.doneAt = createdAt;
    }

    void done(boolean isDone, LocalDateTime now) {
        this.done = isDone;
        this.doneAt = isDone ? now : null;
    }

    public String id() { return id; }
    public Type type() { return type; }
    public Subject entityType() { return entityType; }
    public String entityId() { return entityId; }
    public String title() { return title; }
    public String body() { return body; }
    public String ownerId() { return ownerId; }
    public LocalDate dueDate() { return dueDate; }
    public boolean done() { return done; }
    public LocalDateTime doneAt() { return doneAt; }
    public String outboxId() { return outboxId; }
    public String messageId() { return messageId; }
    public String createdBy() { return createdBy; }
    public LocalDateTime createdAt() { return createdAt; }
}
