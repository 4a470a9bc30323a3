package com.doganhub.integration.outbox.internal;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * Exponential backoff with jitter: the n-th failed attempt waits {@code base · 2^(n-1)}, capped at {@code max}, times
 * a random factor in [0.5, 1.5) so that messages failed together by one outage do not all come back together.
 */
record RetryPolicy(Duration base, Duration max, int maxAttempts) {

    Duration delayAfter(int failedAttempts, DoubleSupplier random) {
        long exponent = Math.min(Math.max(failedAttempts - 1, 0), 30);
        long millis = Math.min(base.toMillis() * (1L << exponent), max.toMillis());
        return Duration.ofMillis(Math.max(1, Math.round(millis * (0.5 + random.getAsDouble()))));
    }

    boolean exhausted(int attempts) {
        return attempts >= maxAttempts;
    }
}
