package com.doganhub.integration.outbox.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.doganhub.integration.api.email.DeliveryState;
import com.doganhub.integration.api.email.EmailAddress;
import com.doganhub.integration.api.email.EmailGateway;
import com.doganhub.integration.api.email.EmailMessage;
import com.doganhub.integration.api.email.QueuedEmail;
import com.doganhub.platform.api.TenantContext;
import com.doganhub.platform.api.TenantScope;

/**
 * The platform's {@link EmailGateway}: one {@code int_outbox} row per message, in the caller's transaction. The
 * Message-ID is fixed here, once, so every attempt and every provider delivers the same message.
 */
@Component(service = EmailGateway.class, property = "service.ranking:Integer=0")
public class OutboxEmailGateway implements EmailGateway {

    static final String KIND = "email";
    static final String MESSAGE_ID_DOMAIN = "doganhub";

    private final OutboxStore store;
    private final TenantScope tenantScope;
    private final Clock clock;

    @Activate
    public OutboxEmailGateway(@Reference OutboxStore store, @Reference TenantScope tenantScope) {
        this(store, tenantScope, Clock.systemUTC());
    }

    OutboxEmailGateway(OutboxStore store, TenantScope tenantScope, Clock clock) {
        this.store = store;
        this.tenantScope = tenantScope;
        this.clock = clock;
    }

    @Override
    public QueuedEmail send(EmailMessage message) {
        String id = UUID.randomUUID().toString();
        String messageId = id + "@" + MESSAGE_ID_DOMAIN;
        Optional<TenantContext> tenant = tenantScope.current();
        store.enqueue(new OutboxStore.NewMessage(id, tenant.map(TenantContext::tenantId).orElse(TenantContext.PLATFORM_SLUG),
                tenant.map(TenantContext::tenantSlug).orElse(TenantContext.PLATFORM_SLUG), KIND, messageId,
                recipients(message), message.subject(), EmailPayload.write(message)), clock.instant());
        return new QueuedEmail(id, "<" + messageId + ">");
    }

    @Override
    public Optional<DeliveryState> state(String queuedId) {
        String tenantId = tenantScope.current().map(TenantContext::tenantId).orElse(TenantContext.PLATFORM_SLUG);
        return store.find(queuedId).filter(row -> tenantId.equals(row.tenantId()) && KIND.equals(row.kind()))
                .map(row -> new DeliveryState(row.status().name(), row.attempts(), row.lastError()));
    }

    private static String recipients(EmailMessage message) {
        List<String> all = new ArrayList<>();
        for (List<EmailAddress> group : List.of(message.to(), message.cc(), message.bcc())) {
            group.forEach(address -> all.add(address.address()));
        }
        return String.join(", ", all);
    }
}
