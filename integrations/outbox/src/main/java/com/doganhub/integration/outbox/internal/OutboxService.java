package com.doganhub.integration.outbox.internal;

import java.time.Clock;
import java.util.UUID;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.doganhub.integration.api.outbox.Outbox;
import com.doganhub.integration.api.outbox.OutboxMessage;

/** The platform's {@link Outbox}: one {@code int_outbox} row per message, in the caller's transaction. */
@Component(service = Outbox.class)
public class OutboxService implements Outbox {

    private final OutboxStore store;
    private final Clock clock = Clock.systemUTC();

    @Activate
    public OutboxService(@Reference OutboxStore store) {
        this.store = store;
    }

    @Override
    public String enqueue(OutboxMessage message) {
        String id = UUID.randomUUID().toString();
        // message_id (unique) holds kind:key, so queuing the same effect twice fails instead of doing it twice;
        // recipients stays empty and the summary is what listings show as the subject
        store.enqueue(new OutboxStore.NewMessage(id, message.tenantId(), message.tenantSlug(), message.kind(),
                keyed(message.kind(), message.key()), "", message.summary(), message.payload()), clock.instant());
        return id;
    }

    static String keyed(String kind, String key) {
        return kind + ":" + key;
    }

    static String key(String kind, String stored) {
        return stored.startsWith(kind + ":") ? stored.substring(kind.length() + 1) : stored;
    }
}
