package com.doganhub.integration.api.email;

import org.osgi.annotation.versioning.ProviderType;

/** How modules send email. */
@ProviderType
public interface EmailGateway {

    /**
     * Queues {@code message} in the transactional outbox as part of the caller's transaction, for the calling
     * tenant. Nothing is sent if that transaction rolls back; once it commits, the active provider chain delivers
     * the message exactly once, retrying and failing over as needed.
     */
    QueuedEmail send(EmailMessage message);

    /**
     * Where a message this tenant queued stands ({@link QueuedEmail#id()}); empty for an unknown id or another
     * tenant's, and once a sent message has been purged from the outbox (a week after).
     */
    default java.util.Optional<DeliveryState> state(String queuedId) {
        return java.util.Optional.empty();
    }
}
