package com.doganhub.integration.api;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The outcome of {@link Provider#check()}.
 *
 * @param outcome   up, down or not configured
 * @param detail    what was checked or why it failed, with secrets masked
 * @param checkedAt when the check ran
 * @param latency   how long it took
 */
public record ProviderCheck(Outcome outcome, String detail, Instant checkedAt, Duration latency) {

    public enum Outcome { UP, DOWN, NOT_CONFIGURED }

    public ProviderCheck {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(checkedAt, "checkedAt");
        Objects.requireNonNull(latency, "latency");
        detail = detail == null ? "" : detail;
    }

    /** A provider that lacks settings: nothing was tried. */
    public static ProviderCheck notConfigured(String detail) {
        return new ProviderCheck(Outcome.NOT_CONFIGURED, detail, Instant.now(), Duration.ZERO);
    }

    /** A check that passed, timed from {@code started} to now. */
    public static ProviderCheck up(String detail, Instant started) {
        return new ProviderCheck(Outcome.UP, detail, started, Duration.between(started, Instant.now()));
    }

    /** A check that failed, timed from {@code started} to now; {@code detail} must carry no secret. */
    public static ProviderCheck down(String detail, Instant started) {
        return new ProviderCheck(Outcome.DOWN, detail, started, Duration.between(started, Instant.now()));
    }

    public boolean up() {
        return outcome == Outcome.UP;
    }
}
