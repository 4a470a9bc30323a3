package com.doganhub.crm.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.doganhub.platform.api.TenantContext;
import com.doganhub.platform.api.TenantScope;
import com.doganhub.platform.persistence.api.SchemaReady;
import com.doganhub.platform.persistence.api.TenantJpa;

/** CRM transactions, always of the calling tenant: every entity is tenant-owned, so no query can reach another. */
@Component(service = CrmStore.class)
public class CrmStore {

    private final JpaTemplate jpa;
    private final TenantJpa tenantJpa;
    private final TenantScope tenantScope;
    private final Clock clock = Clock.systemUTC();

    @Activate
    public CrmStore(@Reference(target = CrmUnit.JPA) JpaTemplate jpa, @Reference TenantJpa tenantJpa,
            @Reference TenantScope tenantScope, @Reference(target = CrmUnit.SCHEMA) SchemaReady schema) {
        this.jpa = jpa;
        this.tenantJpa = tenantJpa;
        this.tenantScope = tenantScope;
    }

    public <R> R inTransaction(EmFunction<R> work) {
        return tenantJpa.inTransaction(jpa, work);
    }

    public TenantContext caller() {
        return tenantScope.require();
    }

    public LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(ZoneOffset.UTC)).withNano(0);
    }
}
