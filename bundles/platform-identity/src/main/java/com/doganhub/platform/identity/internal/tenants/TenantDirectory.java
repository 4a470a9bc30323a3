package com.doganhub.platform.identity.internal.tenants;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.doganhub.platform.api.Page;
import com.doganhub.platform.api.TenantContext;
import com.doganhub.platform.api.TenantScope;
import com.doganhub.platform.api.audit.AuditEvent;
import com.doganhub.platform.api.audit.AuditLog;
import com.doganhub.platform.api.error.Conflict;
import com.doganhub.platform.api.error.Forbidden;
import com.doganhub.platform.api.error.NotFound;
import com.doganhub.platform.api.saudi.NationalAddress;
import com.doganhub.platform.identity.internal.FieldChecks;
import com.doganhub.platform.identity.internal.IdentityUnit;
import com.doganhub.platform.identity.internal.UniqueViolation;
import com.doganhub.platform.identity.internal.UtcTime;
import com.doganhub.platform.identity.internal.roles.BuiltInRole;
import com.doganhub.platform.identity.internal.roles.OperatorModule;
import com.doganhub.platform.identity.internal.users.NewUser;
import com.doganhub.platform.identity.internal.users.UserDirectory;
import com.doganhub.platform.persistence.api.SchemaReady;
import com.doganhub.platform.persistence.api.TenantJpa;

/**
 * The operator's view of tenants: create (with the owner), list, read, change, suspend and reactivate. The platform
 * tenant itself is not listed and cannot be changed here.
 */
@Component(service = TenantDirectory.class)
public class TenantDirectory {

    private static final Logger LOG = LoggerFactory.getLogger(TenantDirectory.class);

    private final JpaTemplate jpa;
    private final TenantJpa tenantJpa;
    private final TenantScope tenantScope;
    private final TenantLookup lookup;
    private final UserDirectory users;
    private final AuditLog audit;

    @Activate
    public TenantDirectory(@Reference(target = IdentityUnit.JPA) JpaTemplate jpa, @Reference TenantJpa tenantJpa,
            @Reference TenantScope tenantScope, @Reference TenantLookup lookup, @Reference UserDirectory users,
            @Reference AuditLog audit, @Reference(target = IdentityUnit.SCHEMA) SchemaReady schema) {
        this.jpa = jpa;
        this.tenantJpa = tenantJpa;
        this.tenantScope = tenantScope;
        this.lookup = lookup;
        this.users = users;
        this.audit = audit;
    }

    /** Defence in depth behind {@code @RequiresPermission("platform.…")}: only the operator reaches tenants. */
    private void requireOperator() {
        TenantContext caller = tenantScope.require();
        if (!caller.isPlatformOperator()) {
            throw new Forbidden(OperatorModule.TENANT_READ);
        }
    }

    public Page<TenantView> list(int limit, String cursor) {
        requireOperator();
        List<TenantEntity> rows = tenantJpa.inTransaction(jpa, em -> {
            TypedQuery<TenantEntity> query = cursor == null || cursor.isBlank()
                    ? em.createQuery("select t from TenantEntity t where t.slug <> :platform order by t.slug", TenantEntity.class)
                    : em.createQuery("select t from TenantEntity t where t.slug <> :platform and t.slug > :cursor "
                            + "order by t.slug", TenantEntity.class).setParameter("cursor", cursor.strip());
            return query.setParameter("platform", TenantContext.PLATFORM_SLUG).setMaxResults(limit + 1).getResultList();
        });
        return Page.of(rows, limit, TenantView::of, TenantEntity::slug);
    }

    public TenantView get(String id) {
        requireOperator();
        return TenantView.of(customerTenant(id));
    }

    /**
     * Creates a tenant and its owner. The tenant, its owner, the owner's first email and the tenant's audit entries
     * commit together; the operator's own audit entry follows in a second transaction (an audit entry belongs to
     * exactly one tenant's log).
     */
    public TenantView create(TenantRequests.Create request) {
        requireOperator();
        FieldChecks checks = new FieldChecks();
        String slug = TenantRules.slug(checks, request.slug());
        String nameAr = checks.text("nameAr", request.nameAr(), TenantRules.NAME_MAX);
        String nameEn = checks.text("nameEn", request.nameEn(), TenantRules.NAME_MAX);
        String vat = TenantRules.vatNumber(checks, request.vatNumber());
        String cr = TenantRules.crNumber(checks, request.crNumber());
        NationalAddress address = TenantRules.address(checks, request.address());
        String locale = checks.locale("locale", request.locale(), "ar");
        NewUser owner = request.owner() == null ? null
                : users.checkNewUser(checks, "owner.", request.owner().email(), request.owner().name(),
                        request.owner().password(), locale);
        if (request.owner() == null) {
            checks.fail("owner", "required");
        }
        checks.throwIfAny();
        return createTenant(new NewTenant(slug, nameAr, nameEn, vat, cr, address, locale),
                owner.withRoles(List.of(BuiltInRole.OWNER.key())), true);
    }

    /**
     * Creates a checked tenant and its owner for the bound caller (the operator, the shell or the bootstrap).
     * The tenant, its owner, the owner's first email and the tenant's audit entries commit together; the
     * operator's own audit entry follows in a second transaction (an audit entry belongs to one tenant's log).
     *
     * @throws Conflict {@code tenant.slug-taken}, also when another node created the same slug a moment earlier
     */
    public TenantView createTenant(NewTenant request, NewUser owner, boolean welcomeMail) {
        TenantContext operator = tenantScope.require();
        if (lookup.bySlug(request.slug()).isPresent()) {
            throw new Conflict("tenant.slug-taken", request.slug());
        }
        TenantEntity tenant = new TenantEntity(UUID.randomUUID().toString(), request.slug(), UtcTime.now());
        tenant.names(request.nameAr(), request.nameEn());
        tenant.registration(request.vatNumber(), request.crNumber());
        NationalAddress address = request.address();
        if (address != null) {
            tenant.address(address.buildingNumber(), address.street(), address.district(), address.city(),
                    address.postalCode());
        }
        tenant.locale(request.locale());
        TenantContext inNewTenant = IdentityUnit.actingAs(tenant.id(), request.slug(), operator.userId(),
                Locale.forLanguageTag(request.locale()));
        try (TenantScope.Binding asOperatorInNewTenant = tenantScope.bind(inNewTenant)) {
            tenantJpa.inTransaction(jpa, em -> {
                em.persist(tenant);
                em.flush();
                audit.record(AuditEvent.of("tenant", tenant.id(), "create").with("slug", null, request.slug())
                        .with("nameEn", null, request.nameEn()));
                users.create(owner, welcomeMail);
                return tenant;
            });
        } catch (RuntimeException failed) {
            if (UniqueViolation.in(failed)) {
                throw new Conflict("tenant.slug-taken", request.slug());
            }
            throw failed;
        }
        if (!tenant.isOperator()) {
            recordForOperator(AuditEvent.of("tenant", tenant.id(), "create").with("slug", null, request.slug())
                    .with("nameEn", null, request.nameEn()).with("vatNumber", null, request.vatNumber()));
        }
        return TenantView.of(tenant);
    }

    public TenantView update(String id, TenantRequests.Patch patch) {
        requireOperator();
        FieldChecks checks = new FieldChecks();
        String nameAr = patch.nameAr() == null ? null : checks.text("nameAr", patch.nameAr(), TenantRules.NAME_MAX);
        String nameEn = patch.nameEn() == null ? null : checks.text("nameEn", patch.nameEn(), TenantRules.NAME_MAX);
        String vat = patch.vatNumber() == null ? null : TenantRules.vatNumber(checks, patch.vatNumber());
        String cr = patch.crNumber() == null ? null : TenantRules.crNumber(checks, patch.crNumber());
        NationalAddress address = patch.address() == null ? null : TenantRules.address(checks, patch.address());
        String locale = patch.locale() == null ? null : checks.locale("locale", patch.locale(), null);
        TenantStatus status = patch.status() == null ? null : checks.parse(() -> TenantStatus.parse("status", patch.status()));
        checks.throwIfAny();
        TenantEntity tenant = tenantJpa.inTransaction(jpa, em -> {
            TenantEntity found = em.find(TenantEntity.class, id);
            if (found == null || found.isOperator()) {
                throw new NotFound("tenant", id);
            }
            String action = status == TenantStatus.SUSPENDED ? "suspend"
                    : status == TenantStatus.ACTIVE && found.status() == TenantStatus.SUSPENDED ? "reactivate" : "update";
            String newNameAr = nameAr == null ? found.nameAr() : nameAr;
            String newNameEn = nameEn == null ? found.nameEn() : nameEn;
            String newVat = vat == null ? found.vatNumber() : vat;
            String newCr = cr == null ? found.crNumber() : cr;
            String newLocale = locale == null ? found.locale() : locale;
            TenantStatus newStatus = status == null ? found.status() : status;
            AuditEvent event = AuditEvent.of("tenant", id, action).with("nameAr", found.nameAr(), newNameAr)
                    .with("nameEn", found.nameEn(), newNameEn).with("vatNumber", found.vatNumber(), newVat)
                    .with("crNumber", found.crNumber(), newCr).with("locale", found.locale(), newLocale)
                    .with("status", found.status().value(), newStatus.value());
            if (address != null) {
                event = event.with("address", found.buildingNumber() + " " + found.street() + ", " + found.city(),
                        address.buildingNumber() + " " + address.street() + ", " + address.city());
                found.address(address.buildingNumber(), address.street(), address.district(), address.city(),
                        address.postalCode());
            }
            found.names(newNameAr, newNameEn);
            found.registration(newVat, newCr);
            found.locale(newLocale);
            found.status(newStatus);
            found.touched(UtcTime.now());
            audit.record(event);
            return found;
        });
        if (status == TenantStatus.SUSPENDED) {
            LOG.info("Tenant {} ({}) suspended", tenant.slug(), tenant.id());
        }
        return TenantView.of(tenant);
    }

    private TenantEntity customerTenant(String id) {
        return lookup.byId(id).filter(tenant -> !tenant.isOperator()).orElseThrow(() -> new NotFound("tenant", id));
    }

    private void recordForOperator(AuditEvent event) {
        try {
            tenantJpa.inTransaction(jpa, em -> {
                audit.record(event);
                return null;
            });
        } catch (RuntimeException failed) {
            LOG.error("The operator's audit entry for {} {} could not be written", event.entityType(), event.entityId(),
                    failed);
        }
    }
}
