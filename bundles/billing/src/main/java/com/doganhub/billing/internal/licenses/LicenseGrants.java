package com.doganhub.billing.internal.licenses;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.doganhub.billing.internal.BillingClock;
import com.doganhub.billing.internal.plans.PlanEntity;
import com.doganhub.billing.internal.plans.Plans;
import com.doganhub.platform.api.audit.AuditEvent;
import com.doganhub.platform.api.audit.AuditLog;
import com.doganhub.platform.api.error.NotFound;
import com.doganhub.platform.api.error.ValidationFailed;
import com.doganhub.platform.api.tenants.TenantDirectory;
import com.doganhub.platform.api.tenants.TenantSummary;

/**
 * Licenses the operator grants without Stripe (bank transfer customers), from REST or the shell, audited with who
 * granted what until when and why.
 */
@Component(service = LicenseGrants.class)
public class LicenseGrants {

    private final Licensing licensing;
    private final Plans plans;
    private final TenantDirectory tenants;
    private final AuditLog audit;
    private final BillingClock clock;
    private final JpaTemplate jpa;

    @Activate
    public LicenseGrants(@Reference Licensing licensing, @Reference Plans plans, @Reference TenantDirectory tenants,
            @Reference AuditLog audit, @Reference BillingClock clock,
            @Reference(target = com.doganhub.billing.internal.BillingUnit.JPA) JpaTemplate jpa) {
        this.jpa = jpa;
        this.licensing = licensing;
        this.plans = plans;
        this.tenants = tenants;
        this.audit = audit;
        this.clock = clock;
    }

    /** The body of a grant: the plan, until when (a date, inclusive) or for how many months, optional seats. */
    public record Grant(String plan, String until, Integer months, Integer seats, String note) {
    }

    public TenantSummary tenant(String slug) {
        return tenants.bySlug(slug).orElseThrow(() -> new NotFound("tenant", slug));
    }

    /** Must run with the operator bound (the audit entry records them); the grant and its audit entry are one transaction. */
    public Licensing.Snapshot grant(String tenantSlug, Grant grant) {
        TenantSummary tenant = tenant(tenantSlug);
        if (grant == null || grant.plan() == null || grant.plan().isBlank()) {
            throw new ValidationFailed("plan", "required");
        }
        PlanEntity plan = plans.find(grant.plan().strip()).orElseThrow(() -> new NotFound("plan", grant.plan().strip()));
        Instant expiresAt = expiry(grant, tenant.id());
        if (grant.seats() != null && (grant.seats() < 1 || grant.seats() > 100_000)) {
            throw new ValidationFailed("seats", "plan.seats");
        }
        Licensing.Snapshot before = licensing.snapshot(tenant.id()).orElse(null);
        // the license and its audit entry commit together, or neither does
        Licensing.Snapshot granted = jpa.txExpr(TransactionType.Required, em -> {
            Licensing.Snapshot issued = licensing.grantManually(tenant.id(), tenant.slug(), plan, expiresAt,
                    grant.seats());
            audit.record(AuditEvent.of("license", issued.info().licenseId(), "grant")
                .with("tenant", null, tenant.slug())
                .with("plan", before == null ? null : before.info().planId(), plan.id())
                .with("seats", before == null ? null : before.info().seats(), issued.info().seats())
                .with("expiresAt", before == null ? null : before.info().expiresAt(), issued.info().expiresAt())
                .with("note", null, grant.note() == null ? null : grant.note().strip()));
            return issued;
        });
        licensing.evict(tenant.id());
        return granted;
    }

    private Instant expiry(Grant grant, String tenantId) {
        if (grant.until() != null && !grant.until().isBlank()) {
            try {
                Instant end = LocalDate.parse(grant.until().strip()).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
                if (!end.isAfter(clock.instant())) {
                    throw new ValidationFailed("until", "license.until-past");
                }
                return end;
            } catch (DateTimeParseException notADate) {
                throw new ValidationFailed("until", "date");
            }
        }
        if (grant.months() != null && grant.months() >= 1 && grant.months() <= 120) {
            // an extension adds to what is left, so renewing early loses nothing
            Instant from = licensing.snapshot(tenantId).map(Licensing.Snapshot::info)
                    .map(info -> info.expiresAt()).filter(end -> end.isAfter(clock.instant())).orElse(clock.instant());
            return from.atZone(ZoneOffset.UTC).plusMonths(grant.months()).toInstant();
        }
        throw new ValidationFailed("until", "license.until-or-months");
    }
}
