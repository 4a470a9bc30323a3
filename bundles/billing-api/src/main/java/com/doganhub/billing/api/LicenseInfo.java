package com.doganhub.billing.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a tenant's license grants, as its signed key states it.
 *
 * @param licenseId identifies the license across renewals (a renewal signs a new key for the same license)
 * @param seats     active users allowed
 * @param modules   module ids the tenant may use
 * @param quotas    limit per quota ({@code invoices.monthly}, {@code storage.bytes}, {@code ai.requests.monthly})
 * @param expiresAt when it ends unless renewed; a grace period follows before the tenant becomes read-only
 * @param source    {@code stripe} or {@code manual}
 */
public record LicenseInfo(String licenseId, String tenantId, String tenantSlug, String planId, int seats,
        List<String> modules, Map<String, Long> quotas, Instant issuedAt, Instant expiresAt, String source) {

    public LicenseInfo {
        Objects.requireNonNull(licenseId, "licenseId");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(planId, "planId");
        Objects.requireNonNull(expiresAt, "expiresAt");
        modules = modules == null ? List.of() : List.copyOf(modules);
        quotas = quotas == null ? Map.of() : Map.copyOf(quotas);
    }
}
