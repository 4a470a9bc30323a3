package com.doganhub.integration.api.outbox;

import java.util.Objects;

/**
 * What became of one attempt.
 *
 * @param reference what the receiver calls it (for {@link Result#DONE}), shown to operators
 * @param reason    why it is retried or given up, shown to operators (no secrets)
 */
public record OutboxOutcome(Result result, String reference, String reason) {

    public enum Result {
        /** Delivered, or the receiver already had it: never sent again. */
        DONE,
        /** Not delivered this time; tried again with backoff until the attempts run out. */
        RETRY,
        /** Will never succeed as it is: kept as a dead letter an operator can retry. */
        DEAD
    }

    public OutboxOutcome {
        Objects.requireNonNull(result, "result");
    }

    public static OutboxOutcome done(String reference) {
        return new OutboxOutcome(Result.DONE, reference, null);
    }

    public static OutboxOutcome retry(String reason) {
        return new OutboxOutcome(Result.RETRY, null, reason);
    }

    public static OutboxOutcome dead(String reason) {
        return new OutboxOutcome(Result.DEAD, null, reason);
    }
}
