package com.doganhub.finance.api;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One priced line: quantity × unit price less a discount amount, in a VAT category. The derived amounts follow
 * ZATCA: the line net amount (BT-131) and the line VAT amount (KSA-11) are each rounded half-up to two decimals.
 *
 * @param discount the line allowance (BT-136) as an amount, {@code 0} for none; at most quantity × unit price
 */
public record InvoiceLine(BigDecimal quantity, BigDecimal unitPrice, BigDecimal discount, VatCategory category) {

    public InvoiceLine {
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(unitPrice, "unitPrice");
        discount = discount == null ? BigDecimal.ZERO : discount;
        Objects.requireNonNull(category, "category");
    }

    /** quantity × unit price, unrounded. */
    public BigDecimal gross() {
        return quantity.multiply(unitPrice);
    }

    /** The line net amount (BT-131): round2(quantity × unit price − discount). */
    public BigDecimal netAmount() {
        return InvoiceTotals.round(gross().subtract(discount));
    }

    /** The line VAT amount (KSA-11): round2(net × rate / 100). */
    public BigDecimal vatAmount() {
        return InvoiceTotals.round(netAmount().multiply(category.ratePercent()).movePointLeft(2));
    }

    /** The line amount with VAT (KSA-12): net + line VAT. */
    public BigDecimal amountWithVat() {
        return netAmount().add(vatAmount());
    }
}
