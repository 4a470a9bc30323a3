package com.doganhub.integration.storage.internal.files;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import com.doganhub.platform.persistence.api.TenantOwnedEntity;

/** An uploaded file's metadata; the bytes are in the storage provider under {@link #storageKey()}. */
@Entity
@Table(name = "fil_file")
public class FileEntity extends TenantOwnedEntity {

    @Id
    private String id;
    private String name;
    @Column(name = "content_type")
    private String contentType;
    @Column(name = "size_bytes")
    private long size;
    private String sha256;
    @Column(name = "storage_key")
    private String storageKey;
    @Column(name = "entity_type")
    private String entityType;
    @Column(name = "entity_id")
    private String entityId;
    /** Attached under a module's AttachmentPolicy: shown only as that policy allows. */
    private boolean guarded;
    @Column(name = "created_at")
    private LocalDateTime createdAt;
    @Column(name = "created_by")
    private String createdBy;

    protected FileEntity() {
    }

    FileEntity(String id, String name, String contentType, long size, String sha256, String storageKey,
            String entityType, String entityId, LocalDateTime createdAt, String createdBy) {
        this.id = id;
        this.name = name;
        this.contentType = contentType;
        this.size = size;
        this.sha256 = sha256;
        this.storageKey = storageKey;
        this.entityType = entityType;
        this.entityId = entityId;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    void attach(String type, String id, boolean underPolicy) {
        this.entityType = type;
        this.entityId = id;
        this.guarded = underPolicy;
    }

    boolean guarded() {
        return guarded;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String contentType() {
        return contentType;
    }

    public long size() {
        return size;
    }

    public String sha256() {
        return sha256;
    }

    public String storageKey() {
        return storageKey;
    }

    public String entityType() {
        return entityType;
    }

    public String entityId() {
        return entityId;
    }

    public LocalDateTime createdAt() {
        return createdAt;
    }
}
