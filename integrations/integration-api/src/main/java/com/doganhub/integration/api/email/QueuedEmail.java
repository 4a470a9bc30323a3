package com.doganhub.integration.api.email;

/**
 * A message accepted into the outbox.
 *
 * @param outboxId  the outbox row, for status queries
 * @param messageId the RFC 5322 Message-ID the message will carry with every provider
 */
public record QueuedEmail(String outboxId, String messageId) {
}
