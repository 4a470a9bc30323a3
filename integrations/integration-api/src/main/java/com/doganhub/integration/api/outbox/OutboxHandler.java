package com.doganhub.integration.api.outbox;

/**
 * Delivers the outbox messages of one kind, named by the service property {@value #KIND}. Called on the dispatcher's
 * threads, outside any transaction, at least once per message: a crash after the effect and before the outcome is
 * stored means a second call with the same {@link OutboxDelivery#key()}, so the handler (or the receiving side)
 * must recognise it.
 */
public interface OutboxHandler {

    /** Service property naming the {@link OutboxMessage#kind()} this handler delivers. */
    String KIND = "doganhub.outbox.kind";

    /** Never throws for an expected failure: it answers {@link OutboxOutcome#retry} or {@link OutboxOutcome#dead}. */
    OutboxOutcome deliver(OutboxDelivery delivery);

    /**
     * How many attempts a message of this kind gets before it is dead-lettered; 0 (the default) takes the outbox's
     * {@code maxAttempts}. A kind with a deadline of its own (ZATCA's 24 hours) asks for enough to outlast it.
     */
    default int maxAttempts() {
        return 0;
    }
}
