package com.doganhub.platform.api.licensing;

import java.time.Instant;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Measures one quota from the module's own records, so usage is never a second count that can drift. Registered by
 * the module that owns the records, with the service property {@value #QUOTA} naming one of {@link Quotas}.
 */
@ConsumerType
public interface UsageMeter {

    /** Service property: the quota measured. */
    String QUOTA = "doganhub.quota";

    /**
     * The tenant's use: since {@code periodStart} for a monthly quota, in all for a capacity (which ignores it).
     * Called without a bound tenant.
     */
    long used(String tenantId, Instant periodStart);
}
