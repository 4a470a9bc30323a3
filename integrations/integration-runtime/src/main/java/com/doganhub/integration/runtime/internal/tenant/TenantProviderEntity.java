package com.doganhub.integration.runtime.internal.tenant;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;

import com.doganhub.platform.persistence.api.TenantOwnedEntity;

/** A tenant's own provider chain for one capability, with its settings sealed by {@link SecretBox}. */
@Entity
@Table(name = "int_tenant_provider")
public class TenantProviderEntity extends TenantOwnedEntity {

    @Id
    private String id;
    private String capability;
    private String chain;
    @Lob
    @Column(name = "sealed_settings")
    private String sealedSettings;
    @Column(name = "updated_at")
    private LocalDateTime updatedAt;
    @Column(name = "updated_by")
    private String updatedBy;

    protected TenantProviderEntity() {
    }

    TenantProviderEntity(String id, String capability) {
        this.id = id;
        this.capability = capability;
    }

    void update(String chain, String sealedSettings, LocalDateTime updatedAt, String updatedBy) {
        this.chain = chain;
        this.sealedSettings = sealedSettings;
        this.updatedAt = updatedAt;
        this.updatedBy = updatedBy;
    }

    String id() {
        return id;
    }

    String capability() {
        return capability;
    }

    String chain() {
        return chain;
    }

    String sealedSettings() {
        return sealedSettings;
    }

    LocalDateTime updatedAt() {
        return updatedAt;
    }
}
