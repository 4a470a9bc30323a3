package com.doganhub.platform.modules.internal.tenants;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

/**
 * A tenant's own choice about one module. Platform data keyed by tenant rather than a tenant-owned row: the registry
 * reads it for whichever tenant a request comes from, and only {@link TenantModuleSettings} touches it, always naming
 * the tenant.
 */
@Entity
@Table(name = "mod_tenant_module")
@IdClass(TenantModuleEntity.Key.class)
public class TenantModuleEntity {

    @Id
    @Column(name = "tenant_id")
    private String tenantId;
    @Id
    @Column(name = "module_id")
    private String moduleId;
    private boolean enabled;
    @Column(name = "changed_at")
    private LocalDateTime changedAt;
    @Column(name = "changed_by")
    private String changedBy;

    protected TenantModuleEntity() {
        // JPA
    }

    TenantModuleEntity(String tenantId, String moduleId) {
        this.tenantId = tenantId;
        this.moduleId = moduleId;
    }

    void choose(boolean on, String by, LocalDateTime at) {
        this.enabled = on;
        this.changedBy = by;
        this.changedAt = at;
    }

    String moduleId() {
        return moduleId;
    }

    boolean enabled() {
        return enabled;
    }

    /** The composite key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String tenantId;
        private String moduleId;

        public Key() {
        }

        Key(String tenantId, String moduleId) {
            this.tenantId = tenantId;
            this.moduleId = moduleId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(tenantId, key.tenantId) && Objects.equals(moduleId, key.moduleId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(tenantId, moduleId);
        }
    }
}
