package com.doganhub.platform.identity.internal.tenants;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * A tenant: a company using the platform, or the platform operator itself (slug {@code platform}). Not tenant-owned:
 * only the operator's endpoints and the sign-in path read this table.
 */
@Entity
@Table(name = "core_tenant")
public class TenantEntity {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "slug", nullable = false, length = 63)
    private String slug;

    @Column(name = "name_ar", nullable = false, length = 200)
    private String nameAr;

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    @Column(name = "vat_number", length = 15)
    private String vatNumber;

    @Column(name = "cr_number", length = 10)
    private String crNumber;

    @Column(name = "building_number", length = 4)
    private String buildingNumber;

    @Column(name = "street", length = 1000)
    private String street;

    @Column(name = "district", length = 127)
    private String district;

    @Column(name = "city", length = 127)
    private String city;

    @Column(name = "postal_code", length = 5)
    private String postalCode;

    @Column(name = "locale", nullable = false, length = 5)
    private String locale;

    @Column(name = "status", nullable = false, length = 16)
    private String status;

    /** UTC. */
    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    /** UTC. */
    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    protected TenantEntity() {
        // for JPA
    }

    public TenantEntity(String id, String slug, LocalDateTime now) {
        this.id = id;
        this.slug = slug;
        this.status = TenantStatus.ACTIVE.value();
        this.createdAt = now;
        this.updatedAt = now;
    }

    public String id() {
        return id;
    }

    public String slug() {
        return slug;
    }

    public String nameAr() {
        return nameAr;
    }

    public String nameEn() {
        return nameEn;
    }

    public String vatNumber() {
        return vatNumber;
    }

    public String crNumber() {
        return crNumber;
    }

    public String buildingNumber() {
        return buildingNumber;
    }

    public String street() {
        return street;
    }

    public String district() {
        return district;
    }

    public String city() {
        return city;
    }

    public String postalCode() {
        return postalCode;
    }

    public String locale() {
        return locale;
    }

    public TenantStatus status() {
        return TenantStatus.of(status);
    }

    public LocalDateTime createdAt() {
        return createdAt;
    }

    public LocalDateTime updatedAt() {
        return updatedAt;
    }

    public boolean isOperator() {
        return com.doganhub.platform.api.TenantContext.PLATFORM_SLUG.equals(slug);
    }

    void names(String arabic, String english) {
        this.nameAr = arabic;
        this.nameEn = english;
    }

    void registration(String vat, String cr) {
        this.vatNumber = vat;
        this.crNumber = cr;
    }

    void address(String building, String streetName, String districtName, String cityName, String postal) {
        this.buildingNumber = building;
        this.street = streetName;
        this.district = districtName;
        this.city = cityName;
        this.postalCode = postal;
    }

    void locale(String language) {
        this.locale = language;
    }

    void status(TenantStatus next) {
        this.status = next.value();
    }

    void touched(LocalDateTime now) {
        this.updatedAt = now;
    }
}
