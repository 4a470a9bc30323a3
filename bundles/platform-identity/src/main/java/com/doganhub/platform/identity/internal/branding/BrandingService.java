package com.doganhub.platform.identity.internal.branding;

import java.util.Locale;
import java.util.regex.Pattern;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.doganhub.platform.api.TenantContext;
import com.doganhub.platform.api.TenantScope;
import com.doganhub.platform.api.audit.AuditEvent;
import com.doganhub.platform.api.audit.AuditLog;
import com.doganhub.platform.api.error.Conflict;
import com.doganhub.platform.api.error.NotFound;
import com.doganhub.platform.identity.internal.FieldChecks;
import com.doganhub.platform.identity.internal.IdentityUnit;
import com.doganhub.platform.identity.internal.UniqueViolation;
import com.doganhub.platform.identity.internal.UtcTime;
import com.doganhub.platform.identity.internal.tenants.TenantEntity;
import com.doganhub.platform.identity.internal.tenants.TenantLookup;
import com.doganhub.platform.persistence.api.SchemaReady;
import com.doganhub.platform.persistence.api.TenantJpa;

/** Reads and replaces the bound tenant's branding; unset parts fall back to the tenant's names and default colours. */
@Component(service = BrandingService.class)
public class BrandingService {

    private static final Pattern HOST = Pattern.compile(
            "(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}");
    private static final Pattern FILE_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private final JpaTemplate jpa;
    private final TenantJpa tenantJpa;
    private final TenantScope tenantScope;
    private final TenantLookup tenants;
    private final AuditLog audit;

    @Activate
    public BrandingService(@Reference(target = IdentityUnit.JPA) JpaTemplate jpa, @Reference TenantJpa tenantJpa,
            @Reference TenantScope tenantScope, @Reference TenantLookup tenants, @Reference AuditLog audit,
            @Reference(target = IdentityUnit.SCHEMA) SchemaReady schema) {
        this.jpa = jpa;
        this.tenantJpa = tenantJpa;
        this.tenantScope = tenantScope;
        this.tenants = tenants;
        this.audit = audit;
    }

    /** The bound tenant's branding with defaults filled in. */
    public Branding current() {
        TenantContext caller = tenantScope.require();
        TenantEntity tenant = tenants.byId(caller.tenantId()).orElseThrow(() -> new NotFound("tenant", caller.tenantSlug()));
        BrandingEntity stored = tenantJpa.inTransaction(jpa, em -> em.find(BrandingEntity.class, caller.tenantId()));
        Branding own = stored == null ? new Branding(null, null, null, null, null, null, null) : stored.toBranding();
        return own.withDefaults(tenant.nameAr(), tenant.nameEn());
    }

    /** The branding of the tenant {@code slug}, for its sign-in page (no one is signed in yet). */
    public Branding publicBranding(String slug) {
        TenantEntity tenant = tenants.bySlug(slug).filter(found -> !found.isOperator())
                .orElseThrow(() -> new NotFound("tenant", slug == null ? "" : slug));
        try (TenantScope.Binding asSystem = tenantScope.bind(IdentityUnit.systemIn(tenant.id(), tenant.slug()))) {
            return current();
        }
    }

    /** Replaces the bound tenant's branding (PUT semantics: absent parts go back to their defaults). */
    public Branding replace(Branding requested) {
        FieldChecks checks = new FieldChecks();
        Branding checked = new Branding(checks.optionalText("displayNameAr", requested.displayNameAr(), 200),
                checks.optionalText("displayNameEn", requested.displayNameEn(), 200),
                fileId(checks, requested.logoFileId()),
                checks.color("primaryColor", requested.primaryColor()),
                checks.color("accentColor", requested.accentColor()),
                checks.email("supportEmail", requested.supportEmail(), false),
                domain(checks, requested.customDomain()));
        checks.throwIfAny();
        String tenantId = tenantScope.require().tenantId();
        try {
            tenantJpa.inTransaction(jpa, em -> {
                BrandingEntity stored = em.find(BrandingEntity.class, tenantId);
                Branding before = stored == null ? new Branding(null, null, null, null, null, null, null) : stored.toBranding();
                if (stored == null) {
                    stored = new BrandingEntity(tenantId);
                    stored.apply(checked, UtcTime.now());
                    em.persist(stored);
                } else {
                    stored.apply(checked, UtcTime.now());
                }
                em.flush();
                audit.record(AuditEvent.of("branding", tenantId, "update")
                        .with("displayNameAr", before.displayNameAr(), checked.displayNameAr())
                        .with("displayNameEn", before.displayNameEn(), checked.displayNameEn())
                        .with("logoFileId", before.logoFileId(), checked.logoFileId())
                        .with("primaryColor", before.primaryColor(), checked.primaryColor())
                        .with("accentColor", before.accentColor(), checked.accentColor())
                        .with("supportEmail", before.supportEmail(), checked.supportEmail())
                        .with("customDomain", before.customDomain(), checked.customDomain()));
                return stored;
            });
        } catch (RuntimeException failed) {
            if (UniqueViolation.on(failed, "core_branding_domain_uq")) {
                throw new Conflict("branding.domain-taken", checked.customDomain());
            }
            if (UniqueViolation.in(failed)) {
                throw new Conflict("branding.concurrent-update"); // two first saves at once: the other one won
            }
            throw failed;
        }
        return current();
    }

    private static String fileId(FieldChecks checks, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        if (!FILE_ID.matcher(raw.strip()).matches()) {
            checks.fail("logoFileId", "invalid-value", "logoFileId");
            return null;
        }
        return raw.strip();
    }

    private static String domain(FieldChecks checks, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String host = raw.strip().toLowerCase(Locale.ROOT);
        if (!HOST.matcher(host).matches()) {
            checks.fail("customDomain", "branding.domain-format");
            return null;
        }
        return host;
    }
}
