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
     * @param pastDueSince the first failed renewal charge, when payment is past due
     */
    public static LicenseState of(Instant expiresAt, PaymentStanding standing, Instant pastDueSince, Duration grace,
            Instant now) {
        if (standing == PaymentStanding.PAST_DUE && pastDueSince != null) {
            Instant lapse = pastDueSince.isBefore(expiresAt) ? pastDueSince : expiresAt;
            return now.isBefore(lapse.plus(grace)) ? GRACE : READ_ONLY;
        }
        if (now.isBefore(expiresAt)) {
            return ACTIVE;
        }
        return now.isBefore(expiresAt.plus(grace)) ? GRACE : READ_ONLY;
    }
}
