package com.doganhub.platform.identity.internal.tenants;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.doganhub.platform.identity.internal.IdentityUnit;
import com.doganhub.platform.persistence.api.SchemaReady;

/**
 * Reads tenants by id or slug. Tenants are not tenant-owned rows, so this works before anyone is signed in (login,
 * token checks, the public branding page), joining the caller's transaction when there is one.
 */
@Component(service = TenantLookup.class)
public class TenantLookup {

    private final JpaTemplate jpa;

    @Activate
    public TenantLookup(@Reference(target = IdentityUnit.JPA) JpaTemplate jpa,
            @Reference(target = IdentityUnit.SCHEMA) SchemaReady schema) {
        this.jpa = jpa;
    }

    public Optional<TenantEntity> byId(String id) {
        if (id == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(jpa.txExpr(TransactionType.Required, em -> em.find(TenantEntity.class, id)));
    }

    public Optional<TenantEntity> bySlug(String slug) {
        if (slug == null || slug.isBlank()) {
            return Optional.empty();
        }
        String normalized = slug.strip().toLowerCase(Locale.ROOT);
        List<TenantEntity> found = jpa.txExpr(TransactionType.Required, em -> em.createQuery(
                "select t from TenantEntity t where t.slug = :slug", TenantEntity.class)
                .setParameter("slug", normalized).getResultList());
        return found.stream().findFirst();
    }
}
