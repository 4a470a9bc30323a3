package com.doganhub.finance.internal.bills;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import com.doganhub.platform.persistence.api.TenantOwnedEntity;

/** A supplier's invoice: recorded as a draft, posted to expenses, VAT input and payables. */
@Entity
@Table(name = "fin_bill")
public class BillEntity extends TenantOwnedEntity {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "bill_number")
    private Long number;

    @Column(name = "status", nullable = false, length = 10)
    private String status;

    @Column(name = "supplier_name", nullable = false, length = 200)
    private String supplierName;

    @Column(name = "supplier_vat_number", length = 15)
    private String supplierVatNumber;

    @Column(name = "supplier_reference", length = 100)
    private String supplierReference;

    @Column(name = "bill_date", nullable = false)
    private LocalDate billDate;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Column(name = "currency", nullable = false, length = 3)
    private String currency;

    @Column(name = "line_extension_amount", nullable = false, precision = 19, scale = 2)
    private BigDecimal lineExtensionAmount;

    @Column(name = "tax_amount", nullable = false, precision = 19, scale = 2)
    private BigDecimal taxAmount;

    @Column(name = "tax_inclusive_amount", nullable = false, precision = 19, scale = 2)
    private BigDecimal taxInclusiveAmount;

    @Column(name = "journal_entry_id", length = 36)
    private String journalEntryId;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected BillEntity() {
        // JPA
    }

    BillEntity(String id, String supplierName, String supplierVatNumber, String supplierReference, LocalDate billDate,
            LocalDate dueDate, BigDecimal lineExtensionAmount, BigDecimal taxAmount, BigDecimal taxInclusiveAmount,
            LocalDateTime createdAt) {
        this.id = id;
        this.status = "DRAFT";
        this.supplierName = supplierName;
        this.supplierVatNumber = supplierVatNumber;
        this.supplierReference = supplierReference;
        this.billDate = billDate;
        this.dueDate = dueDate;
        this.currency = "SAR";
        this.lineExtensionAmount = lineExtensionAmount;
        this.taxAmount = taxAmount;
        this.taxInclusiveAmount = taxInclusiveAmount;
        this.createdAt = createdAt;
    }

    void post(long number, String journalEntryId) {
        this.number = number;
        this.journalEntryId = journalEntryId;
        this.status = "POSTED";
    }

    String id() { return id; }
    Long number() { return number; }
    String status() { return status; }
    String supplierName() { return supplierName; }
    String supplierVatNumber() { return supplierVatNumber; }
    String supplierReference() { return supplierReference; }
    LocalDate billDate() { return billDate; }
    LocalDate dueDate() { return dueDate; }
    String currency() { return currency; }
    BigDecimal lineExtensionAmount() { return lineExtensionAmount; }
    BigDecimal taxAmount() { return taxAmount; }
    BigDecimal taxInclusiveAmount() { return taxInclusiveAmount; }
    String journalEntryId() { return journalEntryId; }
}
