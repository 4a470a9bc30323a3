package com.doganhub.billing.internal.notices;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.doganhub.billing.internal.BillingClock;
import com.doganhub.billing.internal.BillingUnit;
import com.doganhub.integration.api.email.EmailAddress;
import com.doganhub.integration.api.email.EmailGateway;
import com.doganhub.notifications.api.Brand;
import com.doganhub.notifications.api.NotificationTemplates;
import com.doganhub.notifications.api.RenderedEmail;
import com.doganhub.notifications.api.TenantBrands;
import com.doganhub.platform.api.TenantContext;
import com.doganhub.platform.api.TenantScope;
import com.doganhub.platform.api.tenants.TenantDirectory;
import com.doganhub.platform.api.tenants.TenantSummary;
import com.doganhub.platform.persistence.api.SchemaReady;
import com.doganhub.platform.persistence.api.UniqueViolations;

/**
 * Mail about a tenant's account (reminders, expiry, usage, dunning, receipts) to its owners, in the tenant's brand and
 * language, through the outbox. Each notice is recorded under a key in the same transaction as its mail (the
 * caller's, when it has one: a webhook's receipt commits with the event): a second attempt (another node running the
 * same job, a rerun, a replayed event) finds the key and sends nothing.
 *
 * <p>Usage warnings are raised inside another module's transaction (issuing an invoice, storing a file); they are
 * sent after it, on a thread of their own, so a notice race between two nodes can never fail that work.
 */
@Component(service = BillingMail.class)
public class BillingMail {

    private static final Logger LOG = LoggerFactory.getLogger(BillingMail.class);

    private final JpaTemplate jpa;
    private final BillingClock clock;
    private final TenantDirectory tenants;
    private final TenantScope tenantScope;
    // Optional: while notifications or the outbox restart, billing (and the limits it enforces) keeps running; a
    // notice that cannot be mailed is not recorded, so the next run sends it.
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile TenantBrands brands;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile NotificationTemplates templates;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile EmailGateway email;
    private final java.util.concurrent.ExecutorService later = java.util.concurrent.Executors.newSingleThreadExecutor(
            runnable -> {
                Thread thread = new Thread(runnable, "doganhub-billing-notices");
                thread.setDaemon(true);
                return thread;
            });

    @Activate
    public BillingMail(@Reference(target = BillingUnit.JPA) JpaTemplate jpa, @Reference BillingClock clock,
            @Reference TenantDirectory tenants, @Reference TenantScope tenantScope,
            @Reference(target = BillingUnit.SCHEMA) SchemaReady schema) {
        this.jpa = jpa;
        this.clock = clock;
        this.tenants = tenants;
        this.tenantScope = tenantScope;
    }

    @org.osgi.service.component.annotations.Deactivate
    void stop() {
        later.shutdownNow();
    }

    /** {@link #sendOnce} after the current work, in a transaction of its own; a failure is logged, not thrown. */
    public void sendOnceLater(String tenantId, String kind, String ref, String templateId, Map<String, String> values,
            Map<String, com.doganhub.platform.api.LocalizedText> localized) {
        later.execute(() -> {
            try {
                sendOnce(tenantId, kind, ref, templateId, values, localized);
            } catch (RuntimeException failed) {
                LOG.warn("Billing notice {} for tenant {} failed", kind, tenantId, failed);
            }
        });
    }

    /**
     * Sends {@code templateId} to the tenant's owners unless the notice {@code (kind, ref)} was sent before, in the
     * caller's transaction or a new one.
     *
     * @param values the template's values; {@code customerName} is filled with the tenant's name when absent
     * @return whether this call sent it
     */
    public boolean sendOnce(String tenantId, String kind, String ref, String templateId, Map<String, String> values) {
        return sendOnce(tenantId, kind, ref, templateId, values, Map.of());
    }

    /** @param localized values with an Arabic and an English form, picked in the tenant's language */
    public boolean sendOnce(String tenantId, String kind, String ref, String templateId, Map<String, String> values,
            Map<String, com.doganhub.platform.api.LocalizedText> localized) {
        TenantBrands brandsNow = brands;
        NotificationTemplates templatesNow = templates;
        EmailGateway emailNow = email;
        if (brandsNow == null || templatesNow == null || emailNow == null) {
            LOG.warn("Billing notice {} for tenant {} not sent yet: notifications or the outbox are not running", kind,
                    tenantId);
            return false;
        }
        TenantSummary tenant = tenants.byId(tenantId).orElse(null);
        if (tenant == null || tenant.ownerEmails().isEmpty()) {
            LOG.warn("Billing notice {} for tenant {} not sent: the tenant has no active owner", kind, tenantId);
            return false;
        }
        try {
            return jpa.txExpr(TransactionType.Required, em -> {
                if (em.find(NoticeEntity.class, new NoticeEntity.Key(tenantId, kind, ref)) != null) {
                    return false;
                }
                em.persist(new NoticeEntity(tenantId, kind, ref, clock.now()));
                em.flush(); // a node that got here first makes this fail before any mail is queued
                queue(tenant, templateId, values, localized, brandsNow, templatesNow, emailNow);
                return true;
            });
        } catch (RuntimeException failed) {
            if (UniqueViolations.in(failed)) {
                return false;
            }
            throw failed;
        }
    }

    private void queue(TenantSummary tenant, String templateId, Map<String, String> values,
            Map<String, com.doganhub.platform.api.LocalizedText> localized, TenantBrands brands,
            NotificationTemplates templates, EmailGateway email) {
        TenantContext system = new TenantContext(tenant.id(), tenant.slug(), "system", tenant.locale(), Set.of());
        try (TenantScope.Binding ignored = tenantScope.bind(system)) {
            Brand brand = brands.current();
            Locale language = "ar".equals(tenant.locale().getLanguage()) ? Locale.forLanguageTag("ar") : Locale.ENGLISH;
            Map<String, String> filled = new java.util.HashMap<>(values);
            filled.putIfAbsent("customerName", tenant.name().in(language));
            localized.forEach((name, text) -> filled.put(name, text.in(language)));
            RenderedEmail rendered = templates.render(templateId, language, brand, filled);
            EmailAddress replyTo = brand.supportEmail() == null ? null : EmailAddress.of(brand.supportEmail());
            for (String owner : tenant.ownerEmails()) {
                email.send(rendered.message(EmailAddress.of(owner), replyTo));
            }
        }
    }
}
