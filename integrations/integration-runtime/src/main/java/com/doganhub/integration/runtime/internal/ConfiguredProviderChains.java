package com.doganhub.integration.runtime.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.doganhub.integration.api.Capability;
import com.doganhub.integration.api.ChainLink;
import com.doganhub.integration.api.Provider;
import com.doganhub.integration.api.ProviderChains;
import com.doganhub.integration.runtime.internal.tenant.TenantProviders;

/**
 * The tenant's own chain and settings when it set them, else the platform chain from Config Admin; either is limited
 * to the providers installed right now.
 */
@Component(service = ProviderChains.class)
public class ConfiguredProviderChains implements ProviderChains {

    private final ProviderSelection selection;
    private final ProviderRegistry registry;
    private final TenantProviders tenants;

    @Activate
    public ConfiguredProviderChains(@Reference ProviderSelection selection, @Reference ProviderRegistry registry,
            @Reference TenantProviders tenants) {
        this.selection = selection;
        this.registry = registry;
        this.tenants = tenants;
    }

    @Override
    public List<ChainLink> resolve(Capability capability, String tenantId) {
        Map<String, Provider> installed = registry.providers(capability);
        Optional<TenantProviders.Override> own = tenantId == null ? Optional.empty() : tenants.forTenant(tenantId, capability);
        List<String> names = own.map(TenantProviders.Override::chain).orElseGet(() -> selection.configured(capability).names());
        Map<String, String> settings = own.map(TenantProviders.Override::settings).orElse(Map.of());
        List<ChainLink> links = new ArrayList<>();
        for (String name : names) {
            Provider provider = installed.get(name);
            if (provider != null) {
                links.add(new ChainLink(provider, settings));
            }
        }
        return links;
    }
}
