package com.doganhub.finance.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An invoice's (or credit note's) totals as ZATCA computes them: line nets rounded per line, then per VAT category
 * the taxable amount is the sum of the line nets and the VAT is {@code round2(taxable × rate / 100)} — at document
 * level, not the sum of the rounded line VAT. Rounding is half-up to two decimals, applied to final results only.
 *
 * @param lineExtensionAmount sum of the line net amounts (BT-106)
 * @param taxExclusiveAmount  the total without VAT (BT-109); equal to the line extension as document-level
 *                            allowances and charges are not used
 * @param taxAmount           the sum of the category VAT amounts (BT-110)
 * @param taxInclusiveAmount  tax exclusive + tax (BT-112)
 * @param payableAmount       what the customer owes (BT-115); equal to the tax-inclusive amount (no prepayments)
 * @param subtotals           per category, in category order, only categories that occur
 */
public record InvoiceTotals(BigDecimal lineExtensionAmount, BigDecimal taxExclusiveAmount, BigDecimal taxAmount,
        BigDecimal taxInclusiveAmount, BigDecimal payableAmount, List<TaxSubtotal> subtotals) {

    public InvoiceTotals {
        subtotals = List.copyOf(subtotals);
    }

    /** The totals of {@code lines}. */
    public static InvoiceTotals of(List<InvoiceLine> lines) {
        Objects.requireNonNull(lines, "lines");
        Map<VatCategory, BigDecimal> taxable = new EnumMap<>(VatCategory.class);
        BigDecimal lineExtension = zero();
        for (InvoiceLine line : lines) {
            BigDecimal net = line.netAmount();
            lineExtension = lineExtension.add(net);
            taxable.merge(line.category(), net, BigDecimal::add);
        }
        List<TaxSubtotal> subtotals = taxable.entrySet().stream()
                .map(entry -> new TaxSubtotal(entry.getKey(), entry.getKey().ratePercent(), round(entry.getValue()),
                        round(entry.getValue().multiply(entry.getKey().ratePercent()).movePointLeft(2))))
                .toList();
        BigDecimal tax = subtotals.stream().map(TaxSubtotal::taxAmount).reduce(zero(), BigDecimal::add);
        BigDecimal exclusive = round(lineExtension);
        BigDecimal inclusive = exclusive.add(tax);
        return new InvoiceTotals(exclusive, exclusive, tax, inclusive, inclusive, Collections.unmodifiableList(subtotals));
    }

    /** Half-up to two decimals. */
    public static BigDecimal round(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }

    /** One category's taxable amount (BT-116) and VAT (BT-117). */
    public record TaxSubtotal(VatCategory category, BigDecimal ratePercent, BigDecimal taxableAmount,
            BigDecimal taxAmount) {
    }
}
