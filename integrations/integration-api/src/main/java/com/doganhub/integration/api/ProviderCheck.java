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

    public boolean up() {
        return outcome == Outcome.UP;
    }
}
