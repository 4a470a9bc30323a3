package com.doganhub.finance.internal;

import java.math.BigDecimal;
import java.util.List;

import com.doganhub.platform.api.error.FieldError;

/** Checks shared by the finance requests; each adds to a list so that one answer names every field at fault. */
public final class Inputs {

    private static final BigDecimal LIMIT = new BigDecimal("1e15");
    /** A priced line (and so a document of up to 500 lines) stays within the decimal(19,2) amount columns. */
    private static final BigDecimal LINE_LIMIT = new BigDecimal("1e13");

    private Inputs() {
    }

    /** Trimmed text or {@code null}; too long → {@code too-long}; required and blank → {@code required}. */
    public static String text(List<FieldError> errors, String field, String value, int max, boolean required) {
        String stripped = value == null ? null : value.strip();
        if (stripped == null || stripped.isEmpty()) {
            if (required) {
                errors.add(FieldError.of(field, "required"));
            }
            return null;
        }
        if (stripped.length() > max) {
            errors.add(FieldError.of(field, "too-long", max));
        }
        return stripped;
    }

    /** An amount of money: at most two decimals, not negative (unless {@code signed}), below 10^15. */
    public static BigDecimal amount(List<FieldError> errors, String field, BigDecimal value, boolean required) {
        if (value == null) {
            if (required) {
                errors.add(FieldError.of(field, "required"));
            }
            return null;
        }
        if (value.stripTrailingZeros().scale() > 2 || value.abs().compareTo(LIMIT) >= 0) {
            errors.add(FieldError.of(field, "finance.amount-format"));
            return null;
        }
        if (value.signum() < 0) {
            errors.add(FieldError.of(field, "finance.negative"));
            return null;
        }
        return value.setScale(2);
    }

    /**
     * The checks of a priced line (invoice or bill) that need its parts together: the discount is at most quantity ×
     * unit price, and the line stays within the amount columns. Parts already refused ({@code null}) are skipped.
     */
    public static void pricedLine(List<FieldError> errors, String at, BigDecimal quantity, BigDecimal price,
            BigDecimal discount) {
        if (quantity == null || price == null) {
            return;
        }
        BigDecimal gross = quantity.multiply(price);
        if (discount != null && discount.compareTo(gross) > 0) {
            errors.add(FieldError.of(at + ".discount", "invoice.discount-exceeds"));
        }
        if (gross.compareTo(LINE_LIMIT) >= 0) {
            errors.add(FieldError.of(at + ".quantity", "invoice.line-too-large"));
        }
    }

    /** A quantity or unit price: up to six decimals, not negative, below 10^15. */
    public static BigDecimal decimal(List<FieldError> errors, String field, BigDecimal value) {
        if (value == null) {
            errors.add(FieldError.of(field, "required"));
            return null;
        }
        if (value.stripTrailingZeros().scale() > 6 || value.abs().compareTo(LIMIT) >= 0) {
            errors.add(FieldError.of(field, "finance.decimal-format"));
            return null;
        }
        if (value.signum() < 0) {
            errors.add(FieldError.of(field, "finance.negative"));
            return null;
        }
        return value.stripTrailingZeros().scale() < 0 ? value.setScale(0) : value.stripTrailingZeros();
    }
}
