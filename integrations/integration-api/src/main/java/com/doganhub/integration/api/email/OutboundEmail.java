package com.doganhub.integration.api.email;

import java.util.Map;
import java.util.Objects;

/**
 * What the outbox hands to an email provider's route: one message, its sender already resolved, and the identity it
 * keeps across every attempt and every provider.
 *
 * @param outboxId   the outbox row; providers that accept an idempotency key or custom arguments send it
 * @param tenantSlug the tenant the message belongs to ({@code platform} for the operator's own mail)
 * @param messageId  the RFC 5322 Message-ID without angle brackets ({@code 3f1c…@doganhub}), the same on every attempt
 * @param from       the sender: the message's own, else the tenant's override, else the platform's configured sender
 * @param message    what to send
 * @param settings   the tenant's own settings for this provider (a partner's SMTP server), empty when the platform's
 *                   configuration applies; values may be secrets and must never be logged
 */
public record OutboundEmail(String outboxId, String tenantSlug, String messageId, EmailAddress from,
        EmailMessage message, Map<String, String> settings) {

    public OutboundEmail {
        Objects.requireNonNull(outboxId, "outboxId");
        Objects.requireNonNull(tenantSlug, "tenantSlug");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(message, "message");
        settings = settings == null ? Map.of() : Map.copyOf(settings);
    }

    /** The setting {@code key} of the tenant's override, or {@code platformValue} when the tenant set none. */
    public String setting(String key, String platformValue) {
        String value = settings.get(key);
        return value == null || value.isBlank() ? platformValue : value;
    }
}
