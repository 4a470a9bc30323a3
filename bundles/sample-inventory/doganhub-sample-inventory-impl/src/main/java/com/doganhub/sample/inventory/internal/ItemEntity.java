package com.doganhub.sample.inventory.internal;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import com.doganhub.platform.persistence.api.TenantOwnedEntity;

/** An item of a tenant: every query of it is scoped to the calling tenant by the platform. */
@Entity
@Table(name = "inventory_item")
public class ItemEntity extends TenantOwnedEntity {

    @Id
    @Column(length = 36)
    private String id;
    private String name;
    private int quantity;
    @Column(name = "created_at")
    private LocalDateTime createdAt;

    protected ItemEntity() {
        // JPA
    }

    ItemEntity(String id, String name, int quantity, LocalDateTime createdAt) {
        this.id = id;
        this.name = name;
        this.quantity = quantity;
        this.createdAt = createdAt;
    }

    public String id() { return id; }
    public String name() { return name; }
    public int quantity() { return quantity; }
    public LocalDateTime createdAt() { return createdAt; }
}
