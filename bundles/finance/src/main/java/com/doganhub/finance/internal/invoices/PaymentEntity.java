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

import com.doganhub.platform.persistence.api.TenantOwnedEntity;

/** A customer payment against one invoice, posted cash or bank against the receivable. */
@Entity
@Table(name = "fin_payment")
public class PaymentEntity extends TenantOwnedEntity {

    /** Where the money went. */
    public enum Method {
        CASH,
        BANK
    }

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "invoice_id", nullable = false, length = 36)
    private String invoiceId;

    @Column(name = "payment_date", nullable = false)
    private LocalDate date;

    @Column(name = "amount", nullable = false, precision = 19, scale = 2)
    private BigDecimal amount;

    @Enumerated(EnumType.STRING)
    @Column(name = "method", nullable = false, length = 10)
    private Method method;

    @Column(name = "reference", length = 100)
    private String reference;

    @Column(name = "journal_entry_id", nullable = false, length = 36)
    private String journalEntryId;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected PaymentEntity() {
        // JPA
    }

    PaymentEntity(String id, String invoiceId, LocalDate date, BigDecimal amount, Method method, String reference,
            String journalEntryId, LocalDateTime createdAt) {
        this.id = id;
        this.invoiceId = invoiceId;
        this.date = date;
        this.amount = amount;
        this.method = method;
        this.reference = reference;
        this.journalEntryId = journalEntryId;
        this.createdAt = createdAt;
    }

    public String id() { return id; }
    public String invoiceId() { return invoiceId; }
    public LocalDate date() { return date; }
    public BigDecimal amount() { return amount; }
    public Method method() { return method; }
    public String reference() { return reference; }
    public String journalEntryId() { return journalEntryId; }
}
