package com.doganhub.billing.internal.licenses;

import java.time.Duration;
import java.time.Instant;

/** Where a license stands at a moment: what the tenant may do follows from it. */
public enum LicenseState {
    /** Paid (or granted) and not expired. */
    ACTIVE,
    /** Unpaid or expired, within the grace period: everything still works, owners are told. */
    GRACE,
    /** Past the grace period: the tenant reads and exports, pays, and changes nothing else. */
    READ_ONLY;

    /**
     * @param pastDueSince the first failed renewal charge not paid since (kept when the subscription is then
     *                     cancelled), or {@code null}
     */
    public static LicenseState of(Instant expiresAt, Instant pastDueSince, Duration grace, Instant now) {
        Instant lapse = lapse(expiresAt, pastDueSince);
        if (now.isBefore(lapse)) {
            return ACTIVE;
        }
        return now.isBefore(lapse.plus(grace)) ? GRACE : READ_ONLY;
    }

    /** When the license stopped being paid for: its expiry, or an unpaid renewal's failure if that came first. */
    public static Instant lapse(Instant expiresAt, Instant pastDueSince) {
        return pastDueSince != null && pastDueSince.isBefore(expiresAt) ? pastDueSince : expiresAt;
    }
}
