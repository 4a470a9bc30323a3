package com.doganhub.finance.internal.invoices;

import java.math.BigDecimal;
import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;

import com.doganhub.finance.api.VatCategory;
import com.doganhub.platform.persistence.api.TenantOwnedEntity;

/**
 * One VAT category of one issued document: what the VAT return adds up. Output rows come from invoices (credit
 * notes negative), input rows from vendor bills.
 */
@Entity
@Table(name = "fin_tax_line")
public class TaxLineEntity extends TenantOwnedEntity {

    /** Output VAT (sales) or input VAT (purchases). */
    public enum Direction {
        OUTPUT,
        INPUT
    }

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "document_id", nullable = false, length = 36)
    private String documentId;

    @Enumerated(EnumType.STRING)
    @Column(name = "direction", nullable = false, length = 6)
    private Direction direction;

    @Column(name = "document_date", nullable = false)
    private LocalDate documentDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "vat_category", nullable = false, length = 1)
    private VatCategory category;

    @Column(name = "vat_rate", nullable = false, precision = 5, scale = 2)
    private BigDecimal rate;

    @Column(name = "taxable_amount", nullable = false, precision = 19, scale = 2)
    private BigDecimal taxableAmount;

    @Column(name = "tax_amount", nullable = false, precision = 19, scale = 2)
    private BigDecimal taxAmount;

    protected TaxLineEntity() {
        // JPA
    }

    public TaxLineEntity(String id, String documentId, Direction direction, LocalDate documentDate, VatCategory category,
            BigDecimal rate, BigDecimal taxableAmount, BigDecimal taxAmount) {
        this.id = id;
        this.documentId = documentId;
        this.direction = direction;
        this.documentDate = documentDate;
        this.category = category;
        this.rate = rate;
        this.taxableAmount = taxableAmount;
        this.taxAmount = taxAmount;
    }
}
