package com.doganhub.finance.api;

import java.math.BigDecimal;

/**
 * The VAT categories ZATCA accepts (UNCL5305 subset): standard rated at 15 %, zero rated, exempt and out of scope.
 * Every category but {@link #S} needs an exemption reason ({@link ExemptionReason}).
 */
public enum VatCategory {
    S(new BigDecimal("15.00")),
    Z(BigDecimal.ZERO.setScale(2)),
    E(BigDecimal.ZERO.setScale(2)),
    O(BigDecimal.ZERO.setScale(2));

    private final BigDecimal ratePercent;

    VatCategory(BigDecimal ratePercent) {
        this.ratePercent = ratePercent;
    }

    /** The rate in percent, two decimals ({@code 15.00}). */
    public BigDecimal ratePercent() {
        return ratePercent;
    }

    public boolean needsExemptionReason() {
        return this != S;
    }
}
