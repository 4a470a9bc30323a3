package com.doganhub.integration.api;

import java.time.Instant;
import java.util.Objects;

/**
 * What an {@link IntegrationCheck} found.
 *
 * @param status      the state
 * @param detail      what was seen, with every secret masked ({@code sk_l…1234})
 * @param maskedValue the configured value as it may be shown, or empty
 * @param checkedAt   when the state was established
 */
public record IntegrationReport(IntegrationStatus status, String detail, String maskedValue, Instant checkedAt) {

    public IntegrationReport {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(checkedAt, "checkedAt");
        detail = detail == null ? "" : detail;
        maskedValue = maskedValue == null ? "" : maskedValue;
    }
}
