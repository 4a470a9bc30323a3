package com.doganhub.billing.internal.webhooks;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.doganhub.billing.internal.BillingClock;
import com.doganhub.billing.internal.BillingUnit;
import com.doganhub.billing.internal.checkout.Checkout;
import com.doganhub.billing.internal.licenses.Licensing;
import com.doganhub.billing.internal.licenses.PaymentStanding;
import com.doganhub.billing.internal.notices.BillingMail;
import com.doganhub.billing.internal.plans.PlanEntity;
import com.doganhub.billing.internal.plans.Plans;
import com.doganhub.integration.api.payments.PaymentEvent;
import com.doganhub.platform.api.tenants.TenantDirectory;
import com.doganhub.platform.api.tenants.TenantSummary;
import com.doganhub.platform.persistence.api.SchemaReady;
import com.doganhub.platform.persistence.api.UniqueViolations;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Applies verified Stripe events to subscriptions and licenses, each event once: its id is stored in the same
 * transaction as its effects, so a replay (Stripe retries, an attacker resending a captured request) finds it and
 * changes nothing. Subscription events apply in Stripe's event time: one older than what a subscription already
 * reflects is recorded as {@code stale} and skipped, and a cancelled subscription stays cancelled.
 */
@Component(service = WebhookProcessor.class)
public class WebhookProcessor {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookProcessor.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JpaTemplate jpa;
    private final BillingClock clock;
    private final Plans plans;
    private final Licensing licensing;
    private final Checkout checkout;
    private final BillingMail mail;
    private final TenantDirectory tenants;

    /** What processing did, as stored with the event. */
    public record Outcome(String outcome, String tenantId, String detail) {
    }

    @Activate
    public WebhookProcessor(@Reference(target = BillingUnit.JPA) JpaTemplate jpa, @Reference BillingClock clock,
            @Reference Plans plans, @Reference Licensing licensing, @Reference Checkout checkout,
            @Reference BillingMail mail, @Reference TenantDirectory tenants,
            @Reference(target = BillingUnit.SCHEMA) SchemaReady schema) {
        this.jpa = jpa;
        this.clock = clock;
        this.plans = plans;
        this.licensing = licensing;
        this.checkout = checkout;
        this.mail = mail;
        this.tenants = tenants;
    }

    /** Processes {@code event} unless it was before; a failure rolls everything back, so Stripe's retry redoes it. */
    public Outcome process(PaymentEvent event) {
        JsonNode object;
        try {
            object = JSON.readTree(event.payloadJson()).path("data").path("object");
        } catch (java.io.IOException notJson) {
            throw new IllegalArgumentException("the event is not JSON");
        }
        Outcome outcome;
        try {
            outcome = jpa.txExpr(TransactionType.Required, em -> {
                if (em.find(WebhookEventEntity.class, event.id()) != null) {
                    return new Outcome("duplicate", null, null);
                }
                WebhookEventEntity row = new WebhookEventEntity(event.id(), event.type(),
                        BillingClock.utc(event.created()), clock.now());
                em.persist(row);
                em.flush(); // a concurrent delivery of the same event stops here
                Outcome done = apply(em, event, object);
                row.outcome(done.tenantId(), done.outcome(), done.detail());
                return done;
            });
        } catch (RuntimeException failed) {
            // Only our own event row taken by a concurrent delivery makes this a duplicate; any other key race (two
            // events creating the same subscription row at once) fails the request, and Stripe's retry redoes it.
            if (UniqueViolations.in(failed) && jpa.txExpr(TransactionType.Supports,
                    em -> em.find(WebhookEventEntity.class, event.id())) != null) {
                return new Outcome("duplicate", null, null);
            }
            throw failed;
        }
        if (outcome.tenantId() != null) {
            licensing.evict(outcome.tenantId());
        }
        LOG.info("Stripe event {} {}: {}{}", event.id(), event.type(), outcome.outcome(),
                outcome.detail() == null ? "" : " (" + outcome.detail() + ")");
        return outcome;
    }

    private Outcome apply(javax.persistence.EntityManager em, PaymentEvent event, JsonNode object) {
        return switch (event.type()) {
            case "checkout.session.completed" -> checkoutCompleted(object);
            case "customer.subscription.created", "customer.subscription.updated", "customer.subscription.deleted" ->
                    subscriptionChanged(em, event, object);
            case "invoice.paid" -> invoicePaid(em, event, object);
            case "invoice.payment_failed" -> paymentFailed(em, event, object);
            case "invoice.upcoming" -> upcoming(object);
            default -> new Outcome("ignored", null, "not an event billing acts on");
        };
    }

    private Outcome checkoutCompleted(JsonNode session) {
        Optional<String> tenant = tenantOf(session);
        if (tenant.isEmpty()) {
            return new Outcome("unmatched", null, "no tenant in metadata");
        }
        checkout.remember(tenant.get(), text(session, "customer"));
        return new Outcome("processed", tenant.get(), "checkout " + text(session, "id") + " completed, subscription "
                + text(session, "subscription"));
    }

    private Outcome subscriptionChanged(javax.persistence.EntityManager em, PaymentEvent event, JsonNode subscription) {
        String id = text(subscription, "id");
        Optional<String> tenant = tenantOf(subscription);
        if (id == null || tenant.isEmpty()) {
            return new Outcome("unmatched", null, "subscription " + id + " names no known tenant");
        }
        LocalDateTime eventAt = BillingClock.utc(event.created());
        SubscriptionEntity row = em.find(SubscriptionEntity.class, id);
        if (row != null && (row.newerThan(eventAt) || row.canceled())) {
            return new Outcome("stale", tenant.get(), "subscription " + id + " already reflects a later event ("
                    + row.status() + ")");
        }
        String status = event.type().endsWith(".deleted") ? SubscriptionEntity.CANCELED : text(subscription, "status");
        JsonNode item = subscription.path("items").path("data").path(0);
        Optional<PlanEntity> plan = plans.byStripePrice(text(item.path("price"), "id"))
                .or(() -> plans.find(text(subscription.path("metadata"), "plan_id")));
        if (plan.isEmpty()) {
            return new Outcome("unmatched", tenant.get(), "subscription " + id + " is for no plan of ours");
        }
        long periodEnd = subscription.path("current_period_end").asLong(item.path("current_period_end").asLong(0));
        boolean cancelAtPeriodEnd = subscription.path("cancel_at_period_end").asBoolean(false);
        if (row == null) {
            row = new SubscriptionEntity(id, tenant.get());
            em.persist(row);
        }
        row.apply(plan.get().id(), status, periodEnd == 0 ? null : BillingClock.utc(Instant.ofEpochSecond(periodEnd)),
                cancelAtPeriodEnd, eventAt, clock.now());
        String slug = slugOf(tenant.get());
        if (row.paidUp() && periodEnd > 0) {
            licensing.grantFromSubscription(tenant.get(), slug, plan.get(), Instant.ofEpochSecond(periodEnd), id,
                    !cancelAtPeriodEnd, event.created());
        } else if (("past_due".equals(status) || "unpaid".equals(status)) && ownsLicense(tenant.get(), id)) {
            licensing.standing(tenant.get(), PaymentStanding.PAST_DUE, null, event.created());
        } else if (row.canceled() && ownsLicense(tenant.get(), id)) {
            licensing.standing(tenant.get(), PaymentStanding.CANCELED, false, event.created());
        }
        return new Outcome("processed", tenant.get(), "subscription " + id + " " + status + ", plan " + plan.get().id());
    }

    private Outcome invoicePaid(javax.persistence.EntityManager em, PaymentEvent event, JsonNode invoice) {
        Optional<String> tenant = tenantOf(invoice);
        String subscriptionId = subscriptionOf(invoice);
        if (tenant.isEmpty()) {
            return new Outcome("unmatched", null, "invoice " + text(invoice, "id") + " names no known tenant");
        }
        SubscriptionEntity subscription = subscriptionId == null ? null : em.find(SubscriptionEntity.class, subscriptionId);
        JsonNode line = invoice.path("lines").path("data").path(0);
        long periodEnd = line.path("period").path("end").asLong(0);
        if (subscription != null && subscription.canceled()) {
            return new Outcome("stale", tenant.get(), "invoice for cancelled subscription " + subscriptionId);
        }
        Optional<PlanEntity> plan = plans.byStripePrice(priceOf(line))
                .or(() -> Optional.ofNullable(subscription).flatMap(found -> plans.find(found.planId())));
        if (plan.isPresent() && subscriptionId != null && periodEnd > 0) {
            licensing.grantFromSubscription(tenant.get(), slugOf(tenant.get()), plan.get(),
                    Instant.ofEpochSecond(periodEnd), subscriptionId,
                    subscription == null || !subscription.cancelAtPeriodEnd(), event.created());
        }
        String hosted = text(invoice, "hosted_invoice_url");
        mail.sendOnce(tenant.get(), "invoice-paid", text(invoice, "id"), "billing-invoice-paid", Map.of(
                "planName", plan.map(PlanEntity::nameEn).orElse("DoganHub"),
                "amount", amount(invoice.path("amount_paid").asLong(0), text(invoice, "currency")),
                "invoiceNumber", orDash(text(invoice, "number")),
                "invoiceUrl", hosted != null && hosted.startsWith("https://") ? hosted : licensing.billingUrl()));
        return new Outcome("processed", tenant.get(), "invoice " + text(invoice, "id") + " paid");
    }

    private Outcome paymentFailed(javax.persistence.EntityManager em, PaymentEvent event, JsonNode invoice) {
        Optional<String> tenant = tenantOf(invoice);
        if (tenant.isEmpty()) {
            return new Outcome("unmatched", null, "invoice " + text(invoice, "id") + " names no known tenant");
        }
        String subscriptionId = subscriptionOf(invoice);
        SubscriptionEntity subscription = subscriptionId == null ? null : em.find(SubscriptionEntity.class, subscriptionId);
        if (subscription != null && subscription.canceled()) {
            return new Outcome("stale", tenant.get(), "invoice for cancelled subscription " + subscriptionId);
        }
        if (subscriptionId == null || !ownsLicense(tenant.get(), subscriptionId)) {
            return new Outcome("ignored", tenant.get(), "invoice " + text(invoice, "id")
                    + " is not for the subscription the license follows");
        }
        if (!licensing.standing(tenant.get(), PaymentStanding.PAST_DUE, null, event.created())) {
            return new Outcome("stale", tenant.get(), "invoice " + text(invoice, "id")
                    + " failed before a later payment event");
        }
        long nextAttempt = invoice.path("next_payment_attempt").asLong(0);
        String hosted = text(invoice, "hosted_invoice_url");
        mail.sendOnce(tenant.get(), "payment-failed", text(invoice, "id") + ":" + invoice.path("attempt_count").asInt(1),
                "payment-failed", Map.of(
                        "amount", amount(invoice.path("amount_due").asLong(0), text(invoice, "currency")),
                        "nextAttempt", nextAttempt == 0 ? "-" : java.time.LocalDate.ofInstant(
                                Instant.ofEpochSecond(nextAttempt), java.time.ZoneOffset.UTC).toString(),
                        "graceDays", String.valueOf(licensing.grace().toDays()),
                        "payUrl", hosted != null && hosted.startsWith("https://") ? hosted : licensing.billingUrl()));
        return new Outcome("processed", tenant.get(), "invoice " + text(invoice, "id") + " payment failed (attempt "
                + invoice.path("attempt_count").asInt(1) + ")");
    }

    private Outcome upcoming(JsonNode invoice) {
        Optional<String> tenant = tenantOf(invoice);
        return new Outcome("noted", tenant.orElse(null), "renewal of " + amount(invoice.path("amount_due").asLong(0),
                text(invoice, "currency")) + " due; Stripe charges it");
    }

    /** The tenant from the object's metadata, else from its customer. */
    private Optional<String> tenantOf(JsonNode object) {
        String fromMetadata = text(object.path("metadata"), "tenant_id");
        if (fromMetadata == null) {
            fromMetadata = text(object.path("subscription_details").path("metadata"), "tenant_id");
        }
        if (fromMetadata == null) {
            fromMetadata = text(object.path("parent").path("subscription_details").path("metadata"), "tenant_id");
        }
        if (fromMetadata == null) {
            fromMetadata = text(object, "client_reference_id");
        }
        if (fromMetadata != null && tenants.byId(fromMetadata).isPresent()) {
            return Optional.of(fromMetadata);
        }
        return checkout.tenantOfCustomer(text(object, "customer"));
    }

    private String slugOf(String tenantId) {
        return tenants.byId(tenantId).map(TenantSummary::slug).orElse(tenantId);
    }

    private boolean ownsLicense(String tenantId, String subscriptionId) {
        return licensing.snapshot(tenantId).map(license -> subscriptionId.equals(license.subscriptionId())).orElse(false);
    }

    /** Where an invoice names its subscription: at the top in older API versions, under {@code parent} since 2025. */
    private static String subscriptionOf(JsonNode invoice) {
        String direct = text(invoice, "subscription");
        return direct != null ? direct : text(invoice.path("parent").path("subscription_details"), "subscription");
    }

    private static String priceOf(JsonNode line) {
        String direct = text(line.path("price"), "id");
        return direct != null ? direct : text(line.path("pricing").path("price_details"), "price");
    }

    private static String amount(long minorUnits, String currency) {
        return new BigDecimal(minorUnits).movePointLeft(2).toPlainString() + " "
                + (currency == null ? "SAR" : currency.toUpperCase(java.util.Locale.ROOT));
    }

    private static String orDash(String value) {
        return value == null ? "-" : value;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() && !value.asText().isBlank() ? value.asText() : null;
    }
}
