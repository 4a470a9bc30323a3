package com.doganhub.finance.internal.books;

import java.time.LocalDate;
import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import com.doganhub.platform.persistence.api.TenantOwnedEntity;

/** A tenant's books: the seller's legal identity printed on invoices, the locked period and invoice defaults. */
@Entity
@Table(name = "fin_books")
public class BooksEntity extends TenantOwnedEntity {

    /** The tenant id: one row per tenant. */
    @Id
    @Column(name = "id", length = 64)
    private String id;

    @Column(name = "seller_name_ar", length = 200)
    private String sellerNameAr;

    @Column(name = "seller_name_en", length = 200)
    private String sellerNameEn;

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

    /** Nothing may be posted on or before this date. */
    @Column(name = "locked_through")
    private LocalDate lockedThrough;

    @Column(name = "payment_terms_days", nullable = false)
    private int paymentTermsDays;

    @Column(name = "email_invoices", nullable = false)
    private boolean emailInvoices;

    @Column(name = "opened_at", nullable = false)
    private LocalDateTime openedAt;

    protected BooksEntity() {
        // JPA
    }

    BooksEntity(String tenantId, LocalDateTime openedAt) {
        this.id = tenantId;
        this.paymentTermsDays = 30;
        this.emailInvoices = true;
        this.openedAt = openedAt;
    }

    public Settings settings() {
        return new Settings(sellerNameAr, sellerNameEn, vatNumber, crNumber, buildingNumber, street, district, city,
                postalCode, lockedThrough, paymentTermsDays, emailInvoices);
    }

    void apply(Settings settings) {
        this.sellerNameAr = settings.sellerNameAr();
        this.sellerNameEn = settings.sellerNameEn();
        this.vatNumber = settings.vatNumber();
        this.crNumber = settings.crNumber();
        this.buildingNumber = settings.buildingNumber();
        this.street = settings.street();
        this.district = settings.district();
        this.city = settings.city();
        this.postalCode = settings.postalCode();
        this.lockedThrough = settings.lockedThrough();
        this.paymentTermsDays = settings.paymentTermsDays();
        this.emailInvoices = settings.emailInvoices();
    }
}
