package com.doganhub.integration.storage.internal.files;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * One row per tenant that uploads, locked for writing while a new file is checked against the quota and recorded:
 * uploads of one tenant take turns there, so two cannot both fit into the last free megabyte. Keyed by the tenant id
 * itself (not tenant-filtered), and carrying nothing else.
 */
@Entity
@Table(name = "fil_quota_lock")
public class QuotaLock {

    @Id
    @Column(name = "tenant_id", length = 64)
    private String tenantId;

    protected QuotaLock() {
        // JPA
    }

    QuotaLock(String tenantId) {
        this.tenantId = tenantId;
    }
}
