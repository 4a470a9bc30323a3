package com.doganhub.platform.api.saudi;

import java.util.regex.Pattern;

import com.doganhub.platform.api.error.ValidationFailed;

/** A Saudi VAT registration number: 15 digits, the first and the last being 3 (ZATCA BR-KSA-40). */
public record VatNumber(String value) {

    private static final Pattern FORMAT = Pattern.compile("3\\d{13}3");

    public VatNumber {
        if (!isValid(value)) {
            throw new IllegalArgumentException("not a Saudi VAT number (15 digits starting and ending with 3)");
        }
    }

    public static boolean isValid(String candidate) {
        return candidate != null && FORMAT.matcher(candidate).matches();
    }

    /**
     * Reads a VAT number a client sent, ignoring surrounding spaces.
     *
     * @throws ValidationFailed naming {@code field} with code {@code vat-number.format}
     */
    public static VatNumber parse(String field, String raw) {
        String candidate = raw == null ? null : raw.strip();
        if (!isValid(candidate)) {
            throw new ValidationFailed(field, "vat-number.format");
        }
        return new VatNumber(candidate);
    }

    @Override
    public String toString() {
        return value;
    }
}
