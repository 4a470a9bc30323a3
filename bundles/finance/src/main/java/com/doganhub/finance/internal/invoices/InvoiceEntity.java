package com.doganhub.finance.internal.invoices;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;

import com.doganhub.finance.api.InvoiceTotals;
import com.doganhub.platform.persistence.api.TenantOwnedEntity;

/** A customer invoice or credit note with its customer, dates, totals and what has been paid and credited. */
@Entity
@Table(name = "fin_invoice")
public class InvoiceEntity extends TenantOwnedEntity {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 12)
    private DocumentKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "invoice_type", nullable = false, length = 10)
    private InvoiceType type;

    @Column(name = "series", nullable = false, length = 10)
    private String series;

    @Column(name = "sequence_number")
    private Long sequenceNumber;

    @Column(name = "invoice_number", length = 30)
    private String number;

    @Column(name = "uuid", nullable = false, length = 36)
    private String uuid;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private InvoiceStatus status;

    @Column(name = "customer_name_ar", length = 200)
    private String customerNameAr;

    @Column(name = "customer_name_en", length = 200)
    private String customerNameEn;

    @Column(name = "customer_vat_number", length = 15)
    private String customerVatNumber;

    @Column(name = "customer_email", length = 254)
    private String customerEmail;

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

    @Column(name = "currency", nullable = false, length = 3)
    private String currency;

    @Column(name = "issue_date")
    private LocalDate issueDate;

    @Column(name = "supply_date")
    private LocalDate supplyDate;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Column(name = "original_invoice_id", length = 36)
    private String originalInvoiceId;

    @Column(name = "reason", length = 1000)
    private String reason;

    @Column(name = "line_extension_amount", nullable = false, precision = 19, scale = 2)
    private BigDecimal lineExtensionAmount;

    @Column(name = "tax_amount", nullable = false, precision = 19, scale = 2)
    private BigDecimal taxAmount;

    @Column(name = "tax_inclusive_amount", nullable = false, precision = 19, scale = 2)
    private BigDecimal taxInclusiveAmount;

    @Column(name = "paid_amount", nullable = false, precision = 19, scale = 2)
    private BigDecimal paidAmount;

    @Column(name = "credited_amount", nullable = false, precision = 19, scale = 2)
    private BigDecimal creditedAmount;

    @Column(name = "journal_entry_id", length = 36)
    private String journalEntryId;

    /** The seller as it stood when the document was issued: an issued document never changes with the settings. */
    @Column(name = "seller_name_ar", length = 200)
    private String sellerNameAr;

    @Column(name = "seller_name_en", length = 200)
    private String sellerNameEn;

    @Column(name = "seller_vat_number", length = 15)
    private String sellerVatNumber;

    @Column(name = "seller_cr_number", length = 10)
    private String sellerCrNumber;

    @Column(name = "seller_building_number", length = 4)
    private String sellerBuildingNumber;

    @Column(name = "seller_street", length = 1000)
    private String sellerStreet;

    @Column(name = "seller_district", length = 127)
    private String sellerDistrict;

    @Column(name = "seller_city", length = 127)
    private String sellerCity;

    @Column(name = "seller_postal_code", length = 5)
    private String sellerPostalCode;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "issued_at")
    private LocalDateTime issuedAt;

    protected InvoiceEntity() {
        // JPA
    }

    InvoiceEntity(String id, DocumentKind kind, String series, String uuid, LocalDateTime createdAt) {
        this.id = id;
        this.kind = kind;
        this.series = series;
        this.uuid = uuid;
        this.status = InvoiceStatus.DRAFT;
        this.paidAmount = BigDecimal.ZERO.setScale(2);
        this.creditedAmount = BigDecimal.ZERO.setScale(2);
        this.createdAt = createdAt;
    }

    void fill(InvoiceDraft draft, InvoiceTotals totals) {
        this.type = draft.type();
        this.customerNameAr = draft.customer().nameAr();
        this.customerNameEn = draft.customer().nameEn();
        this.customerVatNumber = draft.customer().vatNumber();
        this.customerEmail = draft.customer().email();
        this.buildingNumber = draft.customer().buildingNumber();
        this.street = draft.customer().street();
        this.district = draft.customer().district();
        this.city = draft.customer().city();
        this.postalCode = draft.customer().postalCode();
        this.currency = draft.currency();
        this.issueDate = draft.issueDate();
        this.supplyDate = draft.supplyDate();
        this.dueDate = draft.dueDate();
        this.reason = draft.reason();
        this.lineExtensionAmount = totals.lineExtensionAmount();
        this.taxAmount = totals.taxAmount();
        this.taxInclusiveAmount = totals.taxInclusiveAmount();
    }

    void issue(long sequenceNumber, String number, LocalDate issueDate, LocalDate dueDate, String journalEntryId,
            LocalDateTime at) {
        this.sequenceNumber = sequenceNumber;
        this.number = number;
        this.issueDate = issueDate;
        this.dueDate = dueDate;
        this.journalEntryId = journalEntryId;
        this.status = InvoiceStatus.ISSUED;
        this.issuedAt = at;
    }

    void sellerAsIssued(com.doganhub.finance.internal.books.Settings seller) {
        this.sellerNameAr = seller.sellerNameAr();
        this.sellerNameEn = seller.sellerNameEn();
        this.sellerVatNumber = seller.vatNumber();
        this.sellerCrNumber = seller.crNumber();
        this.sellerBuildingNumber = seller.buildingNumber();
        this.sellerStreet = seller.street();
        this.sellerDistrict = seller.district();
        this.sellerCity = seller.city();
        this.sellerPostalCode = seller.postalCode();
    }

    /** The seller printed on the document: as issued, or (for a draft) as the settings say now. */
    public com.doganhub.finance.internal.books.Settings seller(com.doganhub.finance.internal.books.Settings current) {
        if (sellerVatNumber == null) {
            return current;
        }
        return new com.doganhub.finance.internal.books.Settings(sellerNameAr, sellerNameEn, sellerVatNumber,
                sellerCrNumber, sellerBuildingNumber, sellerStreet, sellerDistrict, sellerCity, sellerPostalCode, null,
                0, false);
    }

    void credits(String originalInvoiceId) {
        this.originalInvoiceId = originalInvoiceId;
    }

    void voidDraft() {
        this.status = InvoiceStatus.VOID;
    }

    void settle(BigDecimal paid, BigDecimal credited) {
        this.paidAmount = paid;
        this.creditedAmount = credited;
        BigDecimal outstanding = outstanding();
        if (outstanding.signum() > 0) {
            status = paid.signum() > 0 ? InvoiceStatus.PARTIALLY_PAID : InvoiceStatus.ISSUED;
        } else {
            status = paid.signum() > 0 ? InvoiceStatus.PAID : InvoiceStatus.CREDITED;
        }
    }

    public BigDecimal outstanding() {
        return taxInclusiveAmount.subtract(paidAmount).subtract(creditedAmount);
    }

    public String id() { return id; }
    public DocumentKind kind() { return kind; }
    public InvoiceType type() { return type; }
    public String series() { return series; }
    public Long sequenceNumber() { return sequenceNumber; }
    public String number() { return number; }
    public String uuid() { return uuid; }
    public InvoiceStatus status() { return status; }
    public String customerNameAr() { return customerNameAr; }
    public String customerNameEn() { return customerNameEn; }
    public String customerVatNumber() { return customerVatNumber; }
    public String customerEmail() { return customerEmail; }
    public String buildingNumber() { return buildingNumber; }
    public String street() { return street; }
    public String district() { return district; }
    public String city() { return city; }
    public String postalCode() { return postalCode; }
    public String currency() { return currency; }
    public LocalDate issueDate() { return issueDate; }
    public LocalDate supplyDate() { return supplyDate; }
    public LocalDate dueDate() { return dueDate; }
    public String originalInvoiceId() { return originalInvoiceId; }
    public String reason() { return reason; }
    public BigDecimal lineExtensionAmount() { return lineExtensionAmount; }
    public BigDecimal taxAmount() { return taxAmount; }
    public BigDecimal taxInclusiveAmount() { return taxInclusiveAmount; }
    public BigDecimal paidAmount() { return paidAmount; }
    public BigDecimal creditedAmount() { return creditedAmount; }
    public String journalEntryId() { return journalEntryId; }
    public LocalDateTime createdAt() { return createdAt; }
    public LocalDateTime issuedAt() { return issuedAt; }
}
