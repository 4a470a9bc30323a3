package com.doganhub.platform.api.error;

import java.util.List;

/** The request is well-formed but one or more fields break a rule; answered 422 with every field listed. */
public class ValidationFailed extends PlatformException {

    private static final long serialVersionUID = 1L;

    private final List<FieldError> errors;

    public ValidationFailed(String field, String code, Object... args) {
        this(List.of(FieldError.of(field, code, args)));
    }

    public ValidationFailed(List<FieldError> errors) {
        super("validation-failed");
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a validation failure names at least one field");
        }
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
