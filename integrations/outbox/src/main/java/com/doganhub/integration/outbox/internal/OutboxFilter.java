package com.doganhub.integration.outbox.internal;

import java.util.Locale;

import com.doganhub.platform.api.error.ValidationFailed;

/**
 * The {@code status} filter of the outbox listings: the row statuses, and the names {@code shared/API.md} uses
 * ({@code pending} = queued, {@code failed} = queued again after a failed attempt).
 */
enum OutboxFilter {
    ALL(null), QUEUED(OutboxStatus.QUEUED), SENDING(OutboxStatus.SENDING), SENT(OutboxStatus.SENT),
    DEAD(OutboxStatus.DEAD), FAILED(OutboxStatus.QUEUED);

    private final OutboxStatus status;

    OutboxFilter(OutboxStatus status) {
        this.status = status;
    }

    OutboxStatus status() {
        return status;
    }

    /** @throws ValidationFailed on {@code status} for a name that is none of these */
    static OutboxFilter parse(String value) {
        if (value == null || value.isBlank()) {
            return ALL;
        }
        String name = value.strip().toUpperCase(Locale.ROOT);
        if ("PENDING".equals(name)) {
            return QUEUED;
        }
        try {
            return valueOf(name);
        } catch (IllegalArgumentException unknown) {
            throw new ValidationFailed("status", "invalid-value", "status");
        }
    }
}
