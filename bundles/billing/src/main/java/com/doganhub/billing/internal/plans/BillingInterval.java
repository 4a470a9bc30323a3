package com.doganhub.billing.internal.plans;

import java.util.Locale;
import java.util.Optional;

/** How often a subscription is charged. */
public enum BillingInterval {
    MONTHLY, YEARLY;

    public static Optional<BillingInterval> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of(MONTHLY);
        }
        try {
            return Optional.of(valueOf(value.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
