package com.doganhub.crm.internal.companies;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import com.doganhub.crm.internal.SearchText;
import com.doganhub.platform.persistence.api.TenantOwnedEntity;

/** A company: names, Saudi VAT and CR numbers, national address, industry. */
@Entity
@Table(name = "crm_company")
public class CompanyEntity extends TenantOwnedEntity {

    @Id
    @Column(length = 36)
    private String id;
    @Column(name = "name_ar")
    private String nameAr;
    @Column(name = "name_en")
    private String nameEn;
    @Column(name = "vat_number")
    private String vatNumber;
    @Column(name = "cr_number")
    private String crNumber;
    @Column(name = "building_number")
    private String buildingNumber;
    private String street;
    private String district;
    private String city;
    @Column(name = "postal_code")
    private String postalCode;
    private String industry;
    @Column(name = "search_text")
    private String searchText;
    @Column(name = "created_at")
    private LocalDateTime createdAt;
    @Column(name = "updated_at")
    private LocalDateTime updatedAt;

    protected CompanyEntity() {
        // JPA
    }

    CompanyEntity(String id, LocalDateTime now) {
        this.id = id;
        this.createdAt = now;
    }

    void apply(CompanyRequest.Valid valid, LocalDateTime now) {
        this.nameAr = valid.nameAr();
        this.nameEn = valid.nameEn();
        this.vatNumber = valid.vatNumber();
        this.crNumber = valid.crNumber();
        this.buildingNumber = valid.buildingNumber();
        this.street = valid.street();
        this.district = valid.district();
        this.city = valid.city();
        this.postalCode = valid.postalCode();
        this.industry = valid.industry();
        this.searchText = SearchText.of(nameAr, nameEn, vatNumber, crNumber);
        this.updatedAt = now;
    }

    /** The name shown in lists: Arabic when there is one. */
    public String displayName() {
        return nameAr != null ? nameAr : nameEn;
    }

    public String id() { return id; }
    public String nameAr() { return nameAr; }
    public String nameEn() { return nameEn; }
    public String vatNumber() { return vatNumber; }
    public String crNumber() { return crNumber; }
    public String buildingNumber() { return buildingNumber; }
    public String street() { return street; }
    public String district() { return district; }
    public String city() { return city; }
    public String postalCode() { return postalCode; }
    public String industry() { return industry; }
    public LocalDateTime createdAt() { return createdAt; }
    public LocalDateTime updatedAt() { return updatedAt; }
}
