package com.doganhub.finance.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;

import com.doganhub.platform.api.error.ValidationFailed;

/** Query-parameter parsing with 422 answers naming the parameter (JAX-RS would answer a bare 404). */
public final class Queries {

    /**
     * The zone business dates default in: an invoice issued at 01:00 in Riyadh is dated that day, not the UTC day
     * before. Timestamps stay UTC.
     */
    public static final java.time.ZoneId BUSINESS_ZONE = java.time.ZoneId.of("Asia/Riyadh");

    private Queries() {
    }

    /** Today in {@link #BUSINESS_ZONE}. */
    public static LocalDate today() {
        return LocalDate.now(BUSINESS_ZONE);
    }

    /** An ISO date ({@code 2026-03-31}) or {@code null} when absent. */
    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException notADate) {
            throw new ValidationFailed(name, "finance.date-format");
        }
    }

    /** One of {@code type}'s constants (any case) or {@code null} when absent. */
    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String wanted = value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(type.getEnumConstants()).filter(constant -> constant.name().equals(wanted)).findFirst()
                .orElseThrow(() -> new ValidationFailed(name, "invalid-value", name));
    }
}
