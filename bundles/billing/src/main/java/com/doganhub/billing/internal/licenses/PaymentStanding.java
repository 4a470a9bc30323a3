package com.doganhub.billing.internal.licenses;

/** How payment for a license stands, as the provider last told (manual licenses are always {@link #PAID}). */
public enum PaymentStanding {
    /** Paid for the current period. */
    PAID,
    /** A renewal charge failed; Stripe retries, and the grace period runs from the first failure. */
    PAST_DUE,
    /** The subscription was cancelled: the license runs to its expiry and is not renewed. */
    CANCELED
}
