package com.doganhub.platform.identity.internal.branding;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import com.doganhub.platform.persistence.api.TenantOwnedEntity;

/** A tenant's white-label settings; one row per tenant, its id being the tenant id. */
@Entity
@Table(name = "core_branding")
public class BrandingEntity extends TenantOwnedEntity {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "display_name_ar", length = 200)
    private String displayNameAr;

    @Column(name = "display_name_en", length = 200)
    private String displayNameEn;

    @Column(name = "logo_file_id", length = 64)
    private String logoFileId;

    @Column(name = "primary_color", length = 7)
    private String primaryColor;

    @Column(name = "accent_color", length = 7)
    private String accentColor;

    @Column(name = "support_email", length = 254)
    private String supportEmail;

    @Column(name = "custom_domain", length = 253)
    private String customDomain;

    /** UTC. */
    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    protected BrandingEntity() {
        // for JPA
    }

    BrandingEntity(String tenantId) {
        this.id = tenantId;
    }

    void apply(Branding branding, LocalDateTime now) {
        this.displayNameAr = branding.displayNameAr();
        this.displayNameEn = branding.displayNameEn();
        this.logoFileId = branding.logoFileId();
        this.primaryColor = branding.primaryColor();
        this.accentColor = branding.accentColor();
        this.supportEmail = branding.supportEmail();
        this.customDomain = branding.customDomain();
        this.updatedAt = now;
    }

    Branding toBranding() {
        return new Branding(displayNameAr, displayNameEn, logoFileId, primaryColor, accentColor, supportEmail, customDomain);
    }
}
