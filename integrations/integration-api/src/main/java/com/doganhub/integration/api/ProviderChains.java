package com.doganhub.integration.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Which providers to try, in order, for a capability and a tenant: the tenant's own chain when it set one, else the
 * platform's ({@code com.doganhub.integration.<capability>}, key {@code provider}). Read at every call, so a change
 * applies to the next message; names no installed provider answers to are skipped.
 */
@ProviderType
public interface ProviderChains {

    /**
     * @param tenantId the tenant the work is for, or {@code null} for the platform's own work
     * @return the installed providers of the chain, in order; empty when none is installed or configured
     */
    List<ChainLink> resolve(Capability capability, String tenantId);
}
