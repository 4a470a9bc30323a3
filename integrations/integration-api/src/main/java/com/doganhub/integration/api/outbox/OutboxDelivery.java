package com.doganhub.integration.api.outbox;

/**
 * One attempt at a queued message.
 *
 * @param attempts this attempt's number, from 1
 */
public record OutboxDelivery(String id, String kind, String tenantId, String tenantSlug, String key, String payload,
        int attempts) {
}
