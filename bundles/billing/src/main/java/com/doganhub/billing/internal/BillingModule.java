package com.doganhub.billing.internal;

import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import com.doganhub.platform.api.LocalizedText;
import com.doganhub.platform.api.NavigationEntry;
import com.doganhub.platform.api.PermissionDefinition;
import com.doganhub.platform.api.PlatformModule;

/**
 * What billing adds to the platform: its permissions and menu. A part of the platform, not a module tenants choose
 * about: a tenant that could turn billing off could not pay its way out of read-only mode.
 */
@Component(service = PlatformModule.class)
public class BillingModule implements PlatformModule {

    private final String version;

    @Activate
    public BillingModule(BundleContext context) {
        this.version = context.getBundle().getVersion().toString();
    }

    @Override
    public String id() {
        return "billing";
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public LocalizedText name() {
        return new LocalizedText("الفوترة والترخيص", "Billing and licensing");
    }

    @Override
    public List<PermissionDefinition> permissions() {
        return List.of(
                new PermissionDefinition(BillingPermissions.READ, new LocalizedText("عرض الترخيص والاستهلاك والباقات",
                        "View the license, usage and plans")),
                new PermissionDefinition(BillingPermissions.MANAGE, new LocalizedText("الاشتراك وتغيير الباقة والدفع",
                        "Subscribe, change plan and pay")),
                new PermissionDefinition(BillingPermissions.OPERATE, new LocalizedText(
                        "إدارة الباقات وتراخيص جميع المنشآت", "Manage plans and every tenant's license")));
    }

    @Override
    public List<NavigationEntry> navigation() {
        return List.of(new NavigationEntry("billing", new LocalizedText("الفوترة", "Billing"), "/billing",
                BillingPermissions.READ, 90));
    }

    @Override
    public List<String> requiredIntegrations() {
        return List.of("database", "stripe-secret-key", "stripe-webhook-secret");
    }
}
