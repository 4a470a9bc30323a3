package com.doganhub.platform.persistence.internal;

import java.util.Objects;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.doganhub.platform.api.TenantContext;
import com.doganhub.platform.api.TenantScope;
import com.doganhub.platform.persistence.api.TenantJpa;
import com.doganhub.platform.persistence.api.TenantOwnedEntity;

/** Scopes each EntityManager to the tenant bound to the calling thread before the module's code sees it. */
@Component(service = TenantJpa.class)
public class ThreadTenantJpa implements TenantJpa {

    private final TenantScope tenantScope;

    @Activate
    public ThreadTenantJpa(@Reference TenantScope tenantScope) {
        this.tenantScope = tenantScope;
    }

    @Override
    public <R> R inTransaction(JpaTemplate unit, EmFunction<R> work) {
        TenantContext tenant = tenantScope.require();
        return unit.txExpr(TransactionType.Required, em -> work.apply(scoped(em, tenant.tenantId())));
    }

    /**
     * Within one transaction the EntityManager is shared, so a second tenant arriving on the same transaction is a
     * programming error rather than something to silently switch.
     */
    static EntityManager scoped(EntityManager em, String tenantId) {
        Object already = em.getProperties().get(TenantOwnedEntity.TENANT_PROPERTY);
        if (already == null) {
            em.setProperty(TenantOwnedEntity.TENANT_PROPERTY, tenantId);
        } else if (!Objects.equals(already, tenantId)) {
            throw new IllegalStateException("one transaction cannot serve two tenants");
        }
        return em;
    }
}
