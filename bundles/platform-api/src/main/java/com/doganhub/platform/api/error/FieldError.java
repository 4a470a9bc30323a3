package com.doganhub.platform.api.error;

import java.util.List;
import java.util.Objects;

/**
 * One field at fault.
 *
 * @param field JSON path of the field as the client sent it ({@code lines[2].quantity})
 * @param code  stable reason ({@code required}, {@code vat-number.format}); the key of its message
 * @param args  values for the message's placeholders
 */
public record FieldError(String field, String code, List<Object> args) {

    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(code, "code");
        args = List.copyOf(args);
    }

    public static FieldError of(String field, String code, Object... args) {
        return new FieldError(field, code, List.of(args));
    }
}
