package com.doganhub.platform.api.error;

import java.time.Duration;
import java.util.Objects;

/** The caller has used up an allowance (login attempts, an API quota); answered 429 with {@code Retry-After}. */
public class TooManyRequests extends PlatformException {

    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    public TooManyRequests(String code, Duration retryAfter, Object... args) {
        super(code, args);
        this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
    }

    /** How long the caller should wait, rounded up to whole seconds for the header. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
