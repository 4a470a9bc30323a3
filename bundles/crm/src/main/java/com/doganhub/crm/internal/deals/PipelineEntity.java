package com.doganhub.crm.internal.deals;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import com.doganhub.platform.persistence.api.TenantOwnedEntity;

/** A sales pipeline: named stages in order. Each tenant starts with a default one. */
@Entity
@Table(name = "crm_pipeline")
public class PipelineEntity extends TenantOwnedEntity {

    @Id
    @Column(length = 100)
    private String id;
    @Column(name = "name_ar")
    private String nameAr;
    @Column(name = "name_en")
    private String nameEn;
    @Column(name = "is_default")
    private boolean defaultPipeline;
    @Column(name = "created_at")
    private LocalDateTime createdAt;

    protected PipelineEntity() {
        // JPA
    }

    PipelineEntity(String id, String nameAr, String nameEn, boolean defaultPipeline, LocalDateTime now) {
        this.id = id;
        this.nameAr = nameAr;
        this.nameEn = nameEn;
        this.defaultPipeline = defaultPipeline;
        this.createdAt = now;
    }

    public String id() { return id; }
    public String nameAr() { return nameAr; }
    public String nameEn() { return nameEn; }
    public boolean isDefault() { return defaultPipeline; }
    public LocalDateTime createdAt() { return createdAt; }
}
