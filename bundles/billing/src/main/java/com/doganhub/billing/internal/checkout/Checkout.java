package com.doganhub.billing.internal.checkout;

import java.net.URI;
import java.util.Map;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import com.doganhub.billing.internal.BillingClock;
import com.doganhub.billing.internal.BillingUnit;
import com.doganhub.billing.internal.licenses.Licensing;
import com.doganhub.billing.internal.plans.BillingInterval;
import com.doganhub.billing.internal.plans.PlanEntity;
import com.doganhub.billing.internal.plans.Plans;
import com.doganhub.integration.api.payments.CheckoutRequest;
import com.doganhub.integration.api.payments.HostedSession;
import com.doganhub.integration.api.payments.NewCustomer;
import com.doganhub.integration.api.payments.PaymentFailed;
import com.doganhub.integration.api.payments.PaymentGateway;
import com.doganhub.platform.api.TenantContext;
import com.doganhub.platform.api.error.Conflict;
import com.doganhub.platform.api.error.NotFound;
import com.doganhub.platform.api.error.ServiceUnavailable;
import com.doganhub.platform.api.error.ValidationFailed;
import com.doganhub.platform.api.tenants.TenantDirectory;
import com.doganhub.platform.api.tenants.TenantSummary;
import com.doganhub.platform.persistence.api.SchemaReady;
import com.doganhub.platform.persistence.api.UniqueViolations;

/**
 * Opens Stripe Checkout for a plan and the Customer Portal, for the calling tenant. The tenant's Stripe customer is
 * created once (an idempotency key per tenant makes a retried creation return the same customer) and reused; the
 * tenant and plan ride in the session's and the subscription's metadata, so every webhook names its tenant.
 */
@Component(service = Checkout.class)
public class Checkout {

    /** A repeated click within this window reopens the same session rather than a second one. */
    private static final long SESSION_WINDOW_SECONDS = 600;

    private final JpaTemplate jpa;
    private final Plans plans;
    private final Licensing licensing;
    private final TenantDirectory tenants;
    private final BillingClock clock;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile PaymentGateway payments;

    @Activate
    public Checkout(@Reference(target = BillingUnit.JPA) JpaTemplate jpa, @Reference Plans plans,
            @Reference Licensing licensing, @Reference TenantDirectory tenants, @Reference BillingClock clock,
            @Reference(target = BillingUnit.SCHEMA) SchemaReady schema) {
        this.jpa = jpa;
        this.plans = plans;
        this.licensing = licensing;
        this.tenants = tenants;
        this.clock = clock;
    }

    /** The gateway, or 503 {@code payments.not-configured} while there is none or it has no key. */
    public PaymentGateway payments() {
        PaymentGateway gateway = payments;
        if (gateway == null || !gateway.configured()) {
            throw new ServiceUnavailable("payments.not-configured");
        }
        return gateway;
    }

    /** The gateway, when one runs (configured or not). */
    public PaymentGateway paymentsIfInstalled() {
        return payments;
    }

    public HostedSession checkout(TenantContext caller, String planId, String intervalName, String clientKey) {
        PaymentGateway gateway = payments();
        BillingInterval interval = BillingInterval.parse(intervalName)
                .orElseThrow(() -> new ValidationFailed("interval", "billing.interval"));
        if (planId == null || planId.isBlank()) {
            throw new ValidationFailed("plan", "required");
        }
        PlanEntity plan = plans.find(planId.strip()).filter(PlanEntity::active)
                .orElseThrow(() -> new NotFound("plan", planId.strip()));
        String price = plan.stripePrice(interval);
        if (price == null) {
            throw new ValidationFailed("interval", "billing.plan-not-sold", plan.id(), interval.json());
        }
        // A second Checkout would start a second subscription billed beside the first: plan changes, card changes and
        // cancellations go through the portal. A manual (bank transfer) license may move to card billing here.
        activeSubscriptionPlan(caller.tenantId()).ifPresent(current -> {
            throw current.equals(plan.id()) ? new Conflict("billing.plan-active", plan.id())
                    : new Conflict("billing.subscription-active", current);
        });
        String customer = customerOf(caller, gateway);
        URI base = URI.create(licensing.billingUrl());
        long window = clock.instant().getEpochSecond() / SESSION_WINDOW_SECONDS;
        String key = clientKey != null && !clientKey.isBlank() && clientKey.length() <= 100
                ? "checkout-" + caller.tenantId() + "-" + clientKey.strip()
                : "checkout-" + caller.tenantId() + "-" + plan.id() + "-" + interval.json() + "-" + window;
        boolean firstLicense = licensing.snapshot(caller.tenantId()).isEmpty();
        try {
            return gateway.createCheckout(new CheckoutRequest(price, 1, customer,
                    URI.create(base + "?checkout=success"), URI.create(base + "?checkout=cancelled"),
                    firstLicense ? plan.trialDays() : 0,
                    Map.of("tenant_id", caller.tenantId(), "tenant_slug", caller.tenantSlug(), "plan_id", plan.id()),
                    key));
        } catch (PaymentFailed failed) {
            throw refused(failed);
        }
    }

    /** The plan of the tenant's subscription that is not cancelled (Stripe may still be retrying its payment). */
    private java.util.Optional<String> activeSubscriptionPlan(String tenantId) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("select s from SubscriptionEntity s "
                + "where s.tenantId = :tenant and s.status not in :ended order by s.updatedAt desc",
                com.doganhub.billing.internal.webhooks.SubscriptionEntity.class)
                .setParameter("tenant", tenantId).setParameter("ended", java.util.List.of("canceled", "incomplete_expired"))
                .setMaxResults(1).getResultList()).stream().findFirst()
                .map(com.doganhub.billing.internal.webhooks.SubscriptionEntity::planId);
    }

    public HostedSession portal(TenantContext caller) {
        PaymentGateway gateway = payments();
        String customer = customer(caller.tenantId())
                .orElseThrow(() -> new Conflict("billing.no-customer"));
        try {
            return gateway.createCustomerPortal(customer, URI.create(licensing.billingUrl()));
        } catch (PaymentFailed failed) {
            throw refused(failed);
        }
    }

    public java.util.Optional<String> customer(String tenantId) {
        return java.util.Optional.ofNullable(jpa.txExpr(TransactionType.Supports, em -> em.find(CustomerEntity.class,
                tenantId))).map(CustomerEntity::providerCustomerId);
    }

    /** The tenant a Stripe customer belongs to, for webhooks whose object carries only the customer. */
    public java.util.Optional<String> tenantOfCustomer(String customerId) {
        if (customerId == null) {
            return java.util.Optional.empty();
        }
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("select c from CustomerEntity c "
                + "where c.providerCustomerId = :customer", CustomerEntity.class).setParameter("customer", customerId)
                .getResultList()).stream().findFirst().map(CustomerEntity::tenantId);
    }

    /** Remembers the customer a completed checkout used, if this node had not (a customer made outside the API). */
    public void remember(String tenantId, String customerId) {
        if (customerId == null || customer(tenantId).isPresent()) {
            return;
        }
        store(tenantId, customerId);
    }

    private String customerOf(TenantContext caller, PaymentGateway gateway) {
        return customer(caller.tenantId()).orElseGet(() -> {
            TenantSummary tenant = tenants.byId(caller.tenantId()).orElseThrow(() -> new NotFound("tenant",
                    caller.tenantSlug()));
            String created;
            try {
                created = gateway.createCustomer(new NewCustomer(tenant.name().en(),
                        tenant.ownerEmails().isEmpty() ? null : tenant.ownerEmails().get(0),
                        Map.of("tenant_id", tenant.id(), "tenant_slug", tenant.slug()), "customer-" + tenant.id()));
            } catch (PaymentFailed failed) {
                throw refused(failed);
            }
            return store(tenant.id(), created);
        });
    }

    private String store(String tenantId, String customerId) {
        try {
            // Required: a webhook remembers a customer inside its own transaction; a checkout has none and gets one
            jpa.tx(TransactionType.Required, em -> em.persist(new CustomerEntity(tenantId, customerId, clock.now())));
            return customerId;
        } catch (RuntimeException raced) {
            if (UniqueViolations.in(raced)) {
                return customer(tenantId).orElse(customerId); // a concurrent checkout stored it first
            }
            throw raced;
        }
    }

    private static RuntimeException refused(PaymentFailed failed) {
        return failed.providerUnavailable() ? new ServiceUnavailable("payments.provider-unavailable")
                : new ValidationFailed("plan", "payments.provider-refused", failed.getMessage());
    }

}
