package com.doganhub.integration.outbox.internal;

/** Where an outbox row is in its life. */
public enum OutboxStatus {
    /** Waiting for {@code next_attempt_at}; {@code attempts > 0} means earlier attempts failed. */
    QUEUED,
    /** Claimed by a dispatcher until {@code lease_until}. */
    SENDING,
    /** A provider accepted it. */
    SENT,
    /** Refused for good or out of attempts; only an operator's retry brings it back. */
    DEAD
}
