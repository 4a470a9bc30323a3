package com.doganhub.integration.api.outbox;

import java.util.Objects;

/**
 * One outgoing effect.
 *
 * @param kind     which {@link OutboxHandler} delivers it ({@code zatca}, {@code webhook}); {@code email} is reserved
 * @param tenantId the tenant it belongs to, or {@code platform}
 * @param tenantSlug for operators' listings
 * @param key      the handler's idempotency key (for example the document id), the same on every attempt
 * @param summary  one line an operator recognises it by in listings (no secrets)
 * @param payload  what the handler needs, as text (JSON by convention); no secrets: the row is readable by operators
 */
public record OutboxMessage(String kind, String tenantId, String tenantSlug, String key, String summary, String payload) {

    public OutboxMessage {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(payload, "payload");
        if (kind.equals("email")) {
            throw new IllegalArgumentException("email is queued through EmailGateway");
        }
        tenantSlug = tenantSlug == null ? tenantId : tenantSlug;
        summary = summary == null ? kind + " " + key : summary;
    }
}
