package com.doganhub.platform.identity.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import com.doganhub.integration.api.email.EmailAddress;
import com.doganhub.platform.api.error.FieldError;
import com.doganhub.platform.api.error.ValidationFailed;

/**
 * Collects every field error of one request so that the client learns all of them at once, then throws a single
 * {@link ValidationFailed}.
 */
public final class FieldChecks {

    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");

    private final List<FieldError> errors = new ArrayList<>();

    /** A single required text, checked on its own: blank is a 422 {@code required} on {@code field}. */
    public static String requiredText(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new ValidationFailed(field, "required");
        }
        return value;
    }

    /** A request body that must be there: an empty body is a 422 {@code required} on {@code body}. */
    public static <T> T requiredBody(T body) {
        if (body == null) {
            throw new ValidationFailed("body", "required");
        }
        return body;
    }

    /** Runs a parser that may throw {@link ValidationFailed}; its errors are kept and {@code null} returned. */
    public <T> T parse(Supplier<T> parser) {
        try {
            return parser.get();
        } catch (ValidationFailed invalid) {
            errors.addAll(invalid.errors());
            return null;
        }
    }

    public void fail(String field, String code, Object... args) {
        errors.add(FieldError.of(field, code, args));
    }

    /** A required text, stripped, at most {@code max} characters. */
    public String text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            fail(field, "required");
            return null;
        }
        return optionalText(field, value, max);
    }

    /** An optional text, stripped ({@code null} when blank), at most {@code max} characters. */
    public String optionalText(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            fail(field, "too-long", max);
            return null;
        }
        return stripped;
    }

    /** An email address, lower-cased. */
    public String email(String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                fail(field, "required");
            }
            return null;
        }
        String candidate = value.strip().toLowerCase(Locale.ROOT);
        try {
            return EmailAddress.of(candidate).address();
        } catch (IllegalArgumentException notAnAddress) {
            fail(field, "email.format");
            return null;
        }
    }

    /** {@code ar} or {@code en}; absent means {@code fallback}. */
    public String locale(String field, String value, String fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        String language = value.strip().toLowerCase(Locale.ROOT);
        if (!language.equals("ar") && !language.equals("en")) {
            fail(field, "locale.unsupported");
            return null;
        }
        return language;
    }

    /** A colour as {@code #RRGGBB}, upper-cased. */
    public String color(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!COLOR.matcher(value.strip()).matches()) {
            fail(field, "color.format");
            return null;
        }
        return value.strip().toUpperCase(Locale.ROOT);
    }

    /** Throws the collected errors, if any. */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
    }
}
