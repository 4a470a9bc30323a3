package com.doganhub.sample.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import com.doganhub.platform.persistence.api.TenantOwnedEntity;

/** A note row. Its tenant column is managed by EclipseLink through {@link TenantOwnedEntity}. */
@Entity
@Table(name = "smp_note")
public class NoteEntity extends TenantOwnedEntity {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Column(name = "amount", nullable = false, precision = 19, scale = 2)
    private BigDecimal amount;

    @Column(name = "currency", nullable = false, length = 3)
    private String currency;

    @Column(name = "due_date")
    private LocalDate dueDate;

    /** UTC. */
    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected NoteEntity() {
        // for JPA
    }

    NoteEntity(String id, String title, BigDecimal amount, String currency, LocalDate dueDate, LocalDateTime createdAt) {
        this.id = id;
        this.title = title;
        this.amount = amount;
        this.currency = currency;
        this.dueDate = dueDate;
        this.createdAt = createdAt;
    }

    String id() {
        return id;
    }

    String title() {
        return title;
    }

    BigDecimal amount() {
        return amount;
    }

    String currency() {
        return currency;
    }

    LocalDate dueDate() {
        return dueDate;
    }

    LocalDateTime createdAt() {
        return createdAt;
    }
}
