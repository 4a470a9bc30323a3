package com.doganhub.integration.runtime.internal.tenant;

import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import com.doganhub.platform.api.LocalizedText;
import com.doganhub.platform.api.NavigationEntry;
import com.doganhub.platform.api.PermissionDefinition;
import com.doganhub.platform.api.PlatformModule;

/** The tenant-level permissions of integrations: seeing and setting the tenant's own providers. */
@Component(service = PlatformModule.class)
public class IntegrationModule implements PlatformModule {

    public static final String PROVIDER_READ = "integration.provider.read";
    public static final String PROVIDER_WRITE = "integration.provider.write";

    private final String version;

    @Activate
    public IntegrationModule(BundleContext context) {
        this.version = context.getBundle().getVersion().toString();
    }

    @Override
    public String id() {
        return "integrations";
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public LocalizedText name() {
        return new LocalizedText("التكاملات", "Integrations");
    }

    @Override
    public List<PermissionDefinition> permissions() {
        return List.of(
                new PermissionDefinition(PROVIDER_READ, new LocalizedText("عرض مزوّدي المنشأة", "View the tenant's providers")),
                new PermissionDefinition(PROVIDER_WRITE, new LocalizedText("ضبط مزوّدي المنشأة (خادم بريد خاص، مفاتيح)",
                        "Set the tenant's own providers (own mail server, keys)")));
    }

    @Override
    public List<NavigationEntry> navigation() {
        return List.of();
    }

    @Override
    public List<String> requiredIntegrations() {
        return List.of();
    }
}
