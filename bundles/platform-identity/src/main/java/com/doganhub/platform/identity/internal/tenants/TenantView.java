package com.doganhub.platform.identity.internal.tenants;

import java.time.Instant;
import java.time.ZoneOffset;

/** A tenant as the operator sees it. */
public record TenantView(String id, String slug, String nameAr, String nameEn, String vatNumber, String crNumber,
        TenantRequests.Address address, String locale, String status, Instant createdAt, Instant updatedAt) {

    public static TenantView of(TenantEntity tenant) {
        TenantRequests.Address address = tenant.buildingNumber() == null ? null
                : new TenantRequests.Address(tenant.buildingNumber(), tenant.street(), tenant.district(), tenant.city(),
                        tenant.postalCode());
        return new TenantView(tenant.id(), tenant.slug(), tenant.nameAr(), tenant.nameEn(), tenant.vatNumber(),
                tenant.crNumber(), address, tenant.locale(), tenant.status().value(),
                tenant.createdAt().toInstant(ZoneOffset.UTC), tenant.updatedAt().toInstant(ZoneOffset.UTC));
    }
}
