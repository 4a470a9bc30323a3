package com.doganhub.billing.internal.checkout;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** The payment provider's customer of a tenant, created on its first checkout and reused after. */
@Entity
@Table(name = "bil_customer")
public class CustomerEntity {

    @Id
    @Column(name = "tenant_id", length = 64)
    private String tenantId;
    @Column(name = "provider_customer_id", nullable = false, length = 128)
    private String providerCustomerId;
    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected CustomerEntity() {
    }

    public CustomerEntity(String tenantId, String providerCustomerId, LocalDateTime createdAt) {
        this.tenantId = tenantId;
        this.providerCustomerId = providerCustomerId;
        this.createdAt = createdAt;
    }

    public String tenantId() { return tenantId; }
    public String providerCustomerId() { return providerCustomerId; }
}
