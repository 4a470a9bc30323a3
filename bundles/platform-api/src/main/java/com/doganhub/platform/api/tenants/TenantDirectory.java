package com.doganhub.platform.api.tenants;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Reads a tenant as other modules need it: its names, language and the people to tell about its account (billing
 * reminders, dunning). Works without a bound tenant, so jobs and webhooks can use it; implemented by identity.
 */
@ProviderType
public interface TenantDirectory {

    Optional<TenantSummary> byId(String tenantId);

    /** By slug, case-insensitively. */
    Optional<TenantSummary> bySlug(String slug);

    /** How many users of the tenant are active (each takes a seat). */
    long activeUsers(String tenantId);
}
