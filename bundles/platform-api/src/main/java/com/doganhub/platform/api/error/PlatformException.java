package com.doganhub.platform.api.error;

import java.util.List;
import java.util.Objects;

/**
 * Base of the typed errors. {@link #code()} is stable and machine-readable (it is also the key of the message
 * in the message catalogs); {@link #args()} fill the message's placeholders.
 */
public abstract class PlatformException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final List<Object> args;

    protected PlatformException(String code, Object... args) {
        super(code);
        this.code = Objects.requireNonNull(code, "code");
        this.args = List.of(args);
    }

    public String code() {
        return code;
    }

    public List<Object> args() {
        return args;
    }
}
