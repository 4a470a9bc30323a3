package com.doganhub.sample.internal;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

import com.doganhub.platform.api.Money;
import com.doganhub.platform.api.error.FieldError;
import com.doganhub.platform.api.error.ValidationFailed;

/** Checks a {@link NoteRequest} and reports every field at fault at once. */
final class NoteValidator {

    static final int TITLE_MAX = 200;

    private NoteValidator() {
    }

    /** @return the amount as money in the note's currency */
    static Money validate(NoteRequest request) {
        if (request == null) {
            throw new ValidationFailed("$", "required");
        }
        List<FieldError> errors = new ArrayList<>();
        if (request.title() == null || request.title().isBlank()) {
            errors.add(FieldError.of("title", "required"));
        } else if (request.title().strip().length() > TITLE_MAX) {
            errors.add(FieldError.of("title", "too-long", TITLE_MAX));
        }
        if (request.amount() == null) {
            errors.add(FieldError.of("amount", "required"));
        } else if (request.amount().scale() > 2 || request.amount().abs().compareTo(new java.math.BigDecimal("1e15")) >= 0) {
            errors.add(FieldError.of("amount", "invalid-value", "amount"));
        }
        if (request.currency() == null || request.currency().isBlank()) {
            errors.add(FieldError.of("currency", "required"));
        } else if (!isIsoCurrency(request.currency())) {
            errors.add(FieldError.of("currency", "invalid-value", "currency"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        return new Money(request.amount(), request.currency());
    }

    private static boolean isIsoCurrency(String code) {
        if (!code.matches("[A-Z]{3}")) {
            return false;
        }
        try {
            return Currency.getInstance(code).getDefaultFractionDigits() == 2;
        } catch (IllegalArgumentException unknown) {
            return false;
        }
    }
}
