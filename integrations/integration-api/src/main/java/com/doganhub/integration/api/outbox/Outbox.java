package com.doganhub.integration.api.outbox;

/** Queues outgoing effects; implemented by the outbox bundle. */
public interface Outbox {

    /**
     * Inserts the message in the caller's transaction when there is one, so a rollback takes it away with the rest.
     * The handler for its kind need not be installed yet: the message waits (and is retried) until it is.
     *
     * @return the outbox row id
     */
    String enqueue(OutboxMessage message);
}
