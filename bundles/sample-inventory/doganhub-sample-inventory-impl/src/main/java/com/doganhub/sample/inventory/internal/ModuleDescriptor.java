package com.doganhub.sample.inventory.internal;

import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import com.doganhub.platform.api.LocalizedText;
import com.doganhub.platform.api.NavigationEntry;
import com.doganhub.platform.api.PermissionDefinition;
import com.doganhub.platform.api.PlatformModule;

/**
 * What Inventory adds to the platform: its permissions and menu. Opt-in: a tenant uses it once its admin
 * enables it ({@code PUT /api/v1/tenant/modules/inventory}).
 */
@Component(service = PlatformModule.class)
public class ModuleDescriptor implements PlatformModule {

    static final String ID = "inventory";
    static final String READ = ID + ".items.read";
    static final String WRITE = ID + ".items.write";

    private final String version;

    @Activate
    public ModuleDescriptor(BundleContext context) {
        this.version = context.getBundle().getVersion().toString();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public LocalizedText name() {
        return new LocalizedText("المخزون", "Inventory");
    }

    @Override
    public List<PermissionDefinition> permissions() {
        return List.of(new PermissionDefinition(READ, new LocalizedText("عرض الأصناف", "View items")),
                new PermissionDefinition(WRITE, new LocalizedText("إدارة الأصناف", "Manage items")));
    }

    @Override
    public List<NavigationEntry> navigation() {
        return List.of(new NavigationEntry(ID + "-items", new LocalizedText("المخزون", "Inventory"),
                "/" + ID + "/items", READ, 100));
    }

    @Override
    public List<String> requiredIntegrations() {
        return List.of("database");
    }

    @Override
    public boolean enabledByDefault() {
        return false;
    }
}
