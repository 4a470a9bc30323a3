package com.doganhub.integration.storage.internal.files;

import java.time.Instant;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.doganhub.platform.api.TenantContext;
import com.doganhub.platform.api.TenantScope;
import com.doganhub.platform.api.licensing.Quotas;
import com.doganhub.platform.api.licensing.UsageMeter;
import com.doganhub.platform.persistence.api.SchemaReady;
import com.doganhub.platform.persistence.api.TenantJpa;

/** The bytes of the tenant's stored files, summed from the file rows (a capacity: the period does not matter). */
@Component(service = UsageMeter.class, property = UsageMeter.QUOTA + "=" + Quotas.STORAGE_BYTES)
public class StoredBytesMeter implements UsageMeter {

    private final JpaTemplate jpa;
    private final TenantJpa tenantJpa;
    private final TenantScope tenantScope;

    @Activate
    public StoredBytesMeter(@Reference(target = FileService.UNIT_FILTER) JpaTemplate jpa,
            @Reference TenantJpa tenantJpa, @Reference TenantScope tenantScope,
            @Reference(target = "(" + SchemaReady.BUNDLE + "=doganhub-storage)") SchemaReady schema) {
        this.jpa = jpa;
        this.tenantJpa = tenantJpa;
        this.tenantScope = tenantScope;
    }

    @Override
    public long used(String tenantId, Instant periodStart) {
        TenantContext system = TenantContext.system(tenantId, tenantId);
        try (TenantScope.Binding ignored = tenantScope.bind(system)) {
            return tenantJpa.inTransaction(jpa, em -> {
                Number sum = em.createQuery("select sum(f.size) from FileEntity f", Number.class).getSingleResult();
                return sum == null ? 0L : sum.longValue();
            });
        }
    }
}
