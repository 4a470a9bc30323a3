package com.doganhub.finance.internal.bills;

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

/** One line of a vendor bill, charged to an expense or asset account. */
@Entity
@Table(name = "fin_bill_line")
public class BillLineEntity extends TenantOwnedEntity {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "bill_id", nullable = false, length = 36)
    private String billId;

    @Column(name = "line_number", nullable = false)
    private int lineNumber;

    @Column(name = "description", nullable = false, length = 1000)
    private String description;

    @Column(name = "account_code", nullable = false, length = 20)
    private String accountCode;

    @Column(name = "quantity", nullable = false, precision = 19, scale = 6)
    private BigDecimal quantity;

    @Column(name = "unit_price", nullable = false, precision = 19, scale = 6)
    private BigDecimal unitPrice;

    @Column(name = "discount", nullable = false, precision = 19, scale = 2)
    private BigDecimal discount;

    @Enumerated(EnumType.STRING)
    @Column(name = "vat_category", nullable = false, length = 1)
    private VatCategory category;

    @Column(name = "exemption_code", length = 20)
    private String exemptionCode;

    @Column(name = "net_amount", nullable = false, precision = 19, scale = 2)
    private BigDecimal netAmount;

    @Column(name = "vat_amount", nullable = false, precision = 19, scale = 2)
    private BigDecimal vatAmount;

    protected BillLineEntity() {
        // JPA
    }

    BillLineEntity(String id, String billId, int lineNumber, String description, String accountCode, InvoiceLine line,
            String exemptionCode) {
        this.id = id;
        this.billId = billId;
        this.lineNumber = lineNumber;
        this.description = description;
        this.accountCode = accountCode;
        this.quantity = line.quantity();
        this.unitPrice = line.unitPrice();
        this.discount = line.discount();
        this.category = line.category();
        this.exemptionCode = exemptionCode;
        this.netAmount = line.netAmount();
        this.vatAmount = line.vatAmount();
    }

    InvoiceLine priced() {
        return new InvoiceLine(quantity, unitPrice, discount, category);
    }

    int lineNumber() { return lineNumber; }
    String description() { return description; }
    String accountCode() { return accountCode; }
    BigDecimal quantity() { return quantity; }
    BigDecimal unitPrice() { return unitPrice; }
    BigDecimal discount() { return discount; }
    VatCategory category() { return category; }
    String exemptionCode() { return exemptionCode; }
    BigDecimal netAmount() { return netAmount; }
    BigDecimal vatAmount() { return vatAmount; }
}
