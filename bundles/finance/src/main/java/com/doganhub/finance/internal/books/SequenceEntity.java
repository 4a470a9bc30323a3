package com.doganhub.finance.internal.books;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import com.doganhub.platform.persistence.api.TenantOwnedEntity;

/**
 * The last number handed out in one numbering series of one tenant. Read with a write lock in the transaction that
 * uses the number, so numbers are consecutive and a rolled-back transaction gives its number back: gapless.
 */
@Entity
@Table(name = "fin_sequence")
public class SequenceEntity extends TenantOwnedEntity {

    /** {@code tenantId|series}: the id alone is unique, so EclipseLink's identity map never mixes tenants. */
    @Id
    @Column(name = "id", length = 100)
    private String id;

    @Column(name = "last_value", nullable = false)
    private long lastValue;

    protected SequenceEntity() {
        // JPA
    }

    SequenceEntity(String id) {
        this.id = id;
    }

    long next() {
        return ++lastValue;
    }
}
