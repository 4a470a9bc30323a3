package com.doganhub.finance.internal.invoices;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.doganhub.finance.internal.FinanceUnit;
import com.doganhub.platform.api.TenantContext;
import com.doganhub.platform.api.TenantScope;
import com.doganhub.platform.api.licensing.Quotas;
import com.doganhub.platform.api.licensing.UsageMeter;
import com.doganhub.platform.persistence.api.SchemaReady;
import com.doganhub.platform.persistence.api.TenantJpa;

/**
 * Invoices issued since the start of the period, counted from the invoices themselves (credit notes and drafts do
 * not count), so a rolled-back issue never uses up the quota.
 */
@Component(service = UsageMeter.class, property = UsageMeter.QUOTA + "=" + Quotas.INVOICES_PER_MONTH)
public class IssuedInvoicesMeter implements UsageMeter {

    private final JpaTemplate jpa;
    private final TenantJpa tenantJpa;
    private final TenantScope tenantScope;

    @Activate
    public IssuedInvoicesMeter(@Reference(target = FinanceUnit.JPA) JpaTemplate jpa, @Reference TenantJpa tenantJpa,
            @Reference TenantScope tenantScope, @Reference(target = FinanceUnit.SCHEMA) SchemaReady schema) {
        this.jpa = jpa;
        this.tenantJpa = tenantJpa;
        this.tenantScope = tenantScope;
    }

    @Override
    public long used(String tenantId, Instant periodStart) {
        LocalDateTime since = LocalDateTime.ofInstant(periodStart, ZoneOffset.UTC);
        TenantContext system = TenantContext.system(tenantId, tenantId);
        try (TenantScope.Binding ignored = tenantScope.bind(system)) {
            return tenantJpa.inTransaction(jpa, em -> em.createQuery("select count(i) from InvoiceEntity i "
                    + "where i.kind = :kind and i.issuedAt >= :since", Long.class)
                    .setParameter("kind", DocumentKind.INVOICE).setParameter("since", since).getSingleResult());
        }
    }
}
