package com.doganhub.billing.internal.webhooks;

import java.time.Instant;
import java.util.List;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.doganhub.billing.internal.BillingClock;
import com.doganhub.billing.internal.BillingUnit;
import com.doganhub.platform.persistence.api.SchemaReady;

/** The webhook events received, newest first, with what processing did: for operators (REST and shell). */
@Component(service = WebhookEvents.class)
public class WebhookEvents {

    private final JpaTemplate jpa;

    /** One event as listed. */
    public record EventView(String id, String type, Instant created, Instant receivedAt, String tenantId,
            String outcome, String detail) {
    }

    @Activate
    public WebhookEvents(@Reference(target = BillingUnit.JPA) JpaTemplate jpa,
            @Reference(target = BillingUnit.SCHEMA) SchemaReady schema) {
        this.jpa = jpa;
    }

    public List<EventView> recent(int limit) {
        int bounded = Math.max(1, Math.min(limit, 500));
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                "select e from WebhookEventEntity e order by e.receivedAt desc, e.id", WebhookEventEntity.class)
                .setMaxResults(bounded).getResultList()).stream()
                .map(event -> new EventView(event.id(), event.type(), BillingClock.instant(event.eventCreated()),
                        BillingClock.instant(event.receivedAt()), event.tenantId(), event.outcome(), event.detail()))
                .toList();
    }
}
