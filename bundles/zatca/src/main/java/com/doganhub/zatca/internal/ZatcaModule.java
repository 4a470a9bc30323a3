package com.doganhub.zatca.internal;

import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import com.doganhub.platform.api.LocalizedText;
import com.doganhub.platform.api.NavigationEntry;
import com.doganhub.platform.api.PermissionDefinition;
import com.doganhub.platform.api.PlatformModule;

/** What e-invoicing adds to the platform: its permissions (under {@code finance.*}) and its menu entry. */
@Component(service = PlatformModule.class)
public class ZatcaModule implements PlatformModule {

    private final String version;

    @Activate
    public ZatcaModule(BundleContext context) {
        this.version = context.getBundle().getVersion().toString();
    }

    @Override
    public String id() {
        return "zatca";
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public LocalizedText name() {
        return new LocalizedText("الفوترة الإلكترونية (فاتورة)", "E-invoicing (ZATCA)");
    }

    @Override
    public List<PermissionDefinition> permissions() {
        return List.of(
                new PermissionDefinition(ZatcaPermissions.DEVICES_READ,
                        new LocalizedText("عرض أجهزة الفوترة الإلكترونية", "View e-invoicing devices")),
                new PermissionDefinition(ZatcaPermissions.DEVICES_MANAGE,
                        new LocalizedText("ربط أجهزة الفوترة الإلكترونية بهيئة الزكاة", "Onboard e-invoicing devices with ZATCA")));
    }

    @Override
    public List<NavigationEntry> navigation() {
        return List.of(new NavigationEntry("zatca-devices", new LocalizedText("أجهزة الفوترة", "E-invoicing devices"),
                "/finance/zatca/devices", ZatcaPermissions.DEVICES_READ, 80));
    }

    @Override
    public List<String> requiredIntegrations() {
        return List.of("database", "zatca");
    }

    /** E-invoicing signs and reports finance's documents: finance cannot be uninstalled under it. */
    @Override
    public List<String> requiredModules() {
        return List.of("finance");
    }
}
