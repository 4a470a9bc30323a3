package com.doganhub.platform.identity.internal.tenants;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.doganhub.platform.api.LocalizedText;
import com.doganhub.platform.api.TenantScope;
import com.doganhub.platform.api.tenants.TenantDirectory;
import com.doganhub.platform.api.tenants.TenantSummary;
import com.doganhub.platform.identity.internal.IdentityUnit;
import com.doganhub.platform.identity.internal.roles.BuiltInRole;
import com.doganhub.platform.identity.internal.users.UserEntity;
import com.doganhub.platform.persistence.api.SchemaReady;
import com.doganhub.platform.persistence.api.TenantJpa;

/**
 * Tenants for other modules (billing's reminders and dunning mail, seat counts). Users are tenant-owned rows, so
 * they are read with the tenant itself bound, as the platform's system caller.
 */
@Component(service = TenantDirectory.class)
public class TenantSummaries implements TenantDirectory {

    private final JpaTemplate jpa;
    private final TenantJpa tenantJpa;
    private final TenantScope tenantScope;
    private final TenantLookup tenants;

    @Activate
    public TenantSummaries(@Reference(target = IdentityUnit.JPA) JpaTemplate jpa, @Reference TenantJpa tenantJpa,
            @Reference TenantScope tenantScope, @Reference TenantLookup tenants,
            @Reference(target = IdentityUnit.SCHEMA) SchemaReady schema) {
        this.jpa = jpa;
        this.tenantJpa = tenantJpa;
        this.tenantScope = tenantScope;
        this.tenants = tenants;
    }

    @Override
    public Optional<TenantSummary> byId(String tenantId) {
        return tenants.byId(tenantId).map(this::summary);
    }

    @Override
    public Optional<TenantSummary> bySlug(String slug) {
        return tenants.bySlug(slug).map(this::summary);
    }

    @Override
    public long activeUsers(String tenantId) {
        return tenants.byId(tenantId).map(tenant -> inTenant(tenant, () -> tenantJpa.inTransaction(jpa,
                em -> em.createQuery("select count(u) from UserEntity u where u.status = :active", Long.class)
                        .setParameter("active", UserEntity.ACTIVE).getSingleResult()))).orElse(0L);
    }

    private TenantSummary summary(TenantEntity tenant) {
        String ownerPattern = "%," + BuiltInRole.OWNER.key() + ",%";
        List<String> owners = inTenant(tenant, () -> tenantJpa.inTransaction(jpa, em -> em.createQuery(
                "select u.email from UserEntity u where u.status = :active and concat(',', u.roles, ',') like :owner "
                        + "order by u.email", String.class)
                .setParameter("active", UserEntity.ACTIVE).setParameter("owner", ownerPattern).getResultList()));
        String nameEn = tenant.nameEn() == null || tenant.nameEn().isBlank() ? tenant.slug() : tenant.nameEn();
        String nameAr = tenant.nameAr() == null || tenant.nameAr().isBlank() ? nameEn : tenant.nameAr();
        return new TenantSummary(tenant.id(), tenant.slug(), new LocalizedText(nameAr, nameEn),
                Locale.forLanguageTag(tenant.locale()), tenant.status() == TenantStatus.ACTIVE, owners);
    }

    private <T> T inTenant(TenantEntity tenant, java.util.function.Supplier<T> work) {
        try (TenantScope.Binding ignored = tenantScope.bind(IdentityUnit.systemIn(tenant.id(), tenant.slug()))) {
            return work.get();
        }
    }
}
