package com.doganhub.platform.api.licensing;

import org.osgi.annotation.versioning.ProviderType;

/**
 * What a tenant's license allows, asked by the parts that enforce it: identity (seats), the module registry
 * (modules), the web layer (read-only mode) and the modules that consume a quota. Implemented by billing; while no
 * implementation runs, nothing is limited. A tenant without a license is not limited either.
 */
@ProviderType
public interface Entitlements {

    /**
     * Refuses a new active user when the tenant's seats are all taken.
     *
     * @param activeUsersAfter the tenant's active users counting the one being added
     * @throws com.doganhub.platform.api.error.ValidationFailed {@code license.seats-exhausted} on field {@code seats}
     */
    void requireSeat(String tenantId, long activeUsersAfter);

    /** Whether the tenant's license includes the module. */
    boolean moduleLicensed(String tenantId, String moduleId);

    /**
     * Whether the tenant may only read: its license lapsed (unpaid, expired) and the grace period is over. Its data
     * stays; paying lifts it.
     */
    boolean readOnly(String tenantId);

    /**
     * Refuses {@code adding} more of {@code quota} when it would pass the license's limit, and warns the tenant as
     * its use crosses 80% and 100%.
     *
     * @param quota one of {@link Quotas}
     * @throws com.doganhub.platform.api.error.TooManyRequests for a monthly quota (retry when the month turns)
     * @throws com.doganhub.platform.api.error.ValidationFailed {@code license.quota-exceeded} for a capacity
     */
    void requireQuota(String tenantId, String quota, long adding);
}
