package com.doganhub.integration.runtime.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.doganhub.integration.api.Capability;
import com.doganhub.integration.api.ChainLink;
import com.doganhub.integration.api.Provider;
import com.doganhub.integration.api.ProviderChains;

/** The platform chain from Config Admin, read at every call, limited to the providers installed right now. */
@Component(service = ProviderChains.class)
public class ConfiguredProviderChains implements ProviderChains {

    private final ProviderSelection selection;
    private final ProviderRegistry registry;

    @Activate
    public ConfiguredProviderChains(@Reference ProviderSelection selection, @Reference ProviderRegistry registry) {
        this.selection = selection;
        this.registry = registry;
    }

    @Override
    public List<ChainLink> resolve(Capability capability, String tenantId) {
        Map<String, Provider> installed = registry.providers(capability);
        List<ChainLink> links = new ArrayList<>();
        for (String name : selection.configured(capability).names()) {
            Provider provider = installed.get(name);
            if (provider != null) {
                links.add(new ChainLink(provider, Map.of()));
            }
        }
        return links;
    }
}
