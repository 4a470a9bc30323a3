package com.doganhub.billing.internal.licenses;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

/**
 * Which reminder a license that does not renew itself is due for: the nearest threshold (30, 7, 1 days before expiry)
 * it has passed, so a license granted with five days left gets the 7-day reminder only, never a late 30-day one.
 */
public final class RenewalReminders {

    private RenewalReminders() {
    }

    /** A reminder to send: its template and the days it is about. */
    public record Due(String templateId, int days) {
    }

    /**
     * @param thresholdDays the configured days, any order ({@code 30, 7, 1})
     * @return the reminder due now, or the expiry alert once expired; empty before the first threshold
     */
    public static Optional<Due> due(Instant expiresAt, Instant now, int[] thresholdDays) {
        if (!now.isBefore(expiresAt)) {
            return Optional.of(new Due("license-expired", 0));
        }
        Duration left = Duration.between(now, expiresAt);
        int[] ascending = Arrays.stream(thresholdDays).filter(days -> days > 0).sorted().toArray();
        for (int days : ascending) {
            if (left.compareTo(Duration.ofDays(days)) <= 0) {
                return Optional.of(new Due(template(days, ascending), days));
            }
        }
        return Optional.empty();
    }

    /** The smallest threshold is urgent, the largest early, any other upcoming. */
    private static String template(int days, int[] ascending) {
        if (days == ascending[0]) {
            return "license-renewal-urgent";
        }
        if (days == ascending[ascending.length - 1]) {
            return "license-renewal-early";
        }
        return "license-renewal-upcoming";
    }
}
