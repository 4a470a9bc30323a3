package com.doganhub.finance.internal.invoices;

import java.math.BigDecimal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;

import com.doganhub.finance.api.InvoiceLine;
import com.doganhub.finance.api.VatCategory;
import com.doganhub.platform.persistence.api.TenantOwnedEntity;

/** One line of an invoice or credit note, with its net and VAT amounts as computed when it was saved. */
@Entity
@Table(name = "fin_invoice_line")
public class InvoiceLineEntity extends TenantOwnedEntity {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "invoice_id", nullable = false, length = 36)
    private String invoiceId;

    @Column(name = "line_number", nullable = false)
    private int lineNumber;

    @Column(name = "description", nullable = false, length = 1000)
    private String description;

    @Column(name = "quantity", nullable = false, precision = 19, scale = 6)
    private BigDecimal quantity;

    @Column(name = "unit_price", nullable = false, precision = 19, scale = 6)
    private BigDecimal unitPrice;

    @Column(name = "discount", nullable = false, precision = 19, scale = 2)
    private BigDecimal discount;

    @Enumerated(EnumType.STRING)
    @Column(name = "vat_category", nullable = false, length = 1)
    private VatCategory category;

    @Column(name = "vat_rate", nullable = false, precision = 5, scale = 2)
    private BigDecimal vatRate;

    @Column(name = "exemption_code", length = 20)
    private String exemptionCode;

    @Column(name = "exemption_reason", length = 1000)
    private String exemptionReason;

    @Column(name = "net_amount", nullable = false, precision = 19, scale = 2)
    private BigDecimal netAmount;

    @Column(name = "vat_amount", nullable = false, precision = 19, scale = 2)
    private BigDecimal vatAmount;

    @Column(name = "account_code", length = 20)
    private String accountCode;

    protected InvoiceLineEntity() {
        // JPA
    }

    InvoiceLineEntity(String id, String invoiceId, int lineNumber, InvoiceDraft.Line line) {
        this.id = id;
        this.invoiceId = invoiceId;
        this.lineNumber = lineNumber;
        this.description = line.description();
        this.quantity = line.quantity();
        this.unitPrice = line.unitPrice();
        this.discount = line.discount();
        this.category = line.category();
        this.vatRate = line.category().ratePercent();
        this.exemptionCode = line.exemptionCode();
        this.exemptionReason = line.exemptionReason();
        InvoiceLine priced = line.priced();
        this.netAmount = priced.netAmount();
        this.vatAmount = priced.vatAmount();
        this.accountCode = line.accountCode();
    }

    public InvoiceLine priced() {
        return new InvoiceLine(quantity, unitPrice, discount, category);
    }

    InvoiceDraft.Line toDraftLine() {
        return new InvoiceDraft.Line(description, quantity, unitPrice, discount, category, exemptionCode, exemptionReason,
                accountCode);
    }

    public String invoiceId() { return invoiceId; }
    public int lineNumber() { return lineNumber; }
    public String description() { return description; }
    public BigDecimal quantity() { return quantity; }
    public BigDecimal unitPrice() { return unitPrice; }
    public BigDecimal discount() { return discount; }
    public VatCategory category() { return category; }
    public BigDecimal vatRate() { return vatRate; }
    public String exemptionCode() { return exemptionCode; }
    public String exemptionReason() { return exemptionReason; }
    public BigDecimal netAmount() { return netAmount; }
    public BigDecimal vatAmount() { return vatAmount; }
    public String accountCode() { return accountCode; }
}
