package com.doganhub.platform.identity.internal.roles;

import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import com.doganhub.platform.api.LocalizedText;
import com.doganhub.platform.api.NavigationEntry;
import com.doganhub.platform.api.PermissionDefinition;
import com.doganhub.platform.api.PlatformModule;

/** The operator's permissions ({@code platform.*}): only the operator role of the platform tenant holds them. */
@Component(service = PlatformModule.class)
public class OperatorModule implements PlatformModule {

    public static final String TENANT_READ = "platform.tenant.read";
    public static final String TENANT_WRITE = "platform.tenant.write";
    public static final String PROVIDER_READ = "platform.provider.read";
    public static final String PROVIDER_WRITE = "platform.provider.write";
    public static final String OUTBOX_READ = "platform.outbox.read";
    public static final String OUTBOX_WRITE = "platform.outbox.write";
    public static final String MODULES_MANAGE = "platform.modules.manage";

    private final String version;

    @Activate
    public OperatorModule(BundleContext context) {
        this.version = context.getBundle().getVersion().toString();
    }

    @Override
    public String id() {
        return "platform";
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public LocalizedText name() {
        return new LocalizedText("تشغيل المنصة", "Platform operation");
    }

    @Override
    public List<PermissionDefinition> permissions() {
        return List.of(
                new PermissionDefinition(TENANT_READ, new LocalizedText("عرض المنشآت", "View tenants")),
                new PermissionDefinition(TENANT_WRITE, new LocalizedText("إنشاء المنشآت وتعليقها", "Create and suspend tenants")),
                new PermissionDefinition(PROVIDER_READ, new LocalizedText("عرض مزوّدي التكامل", "View integration providers")),
                new PermissionDefinition(PROVIDER_WRITE, new LocalizedText("تبديل مزوّدي التكامل", "Switch integration providers")),
                new PermissionDefinition(OUTBOX_READ, new LocalizedText("عرض صندوق الصادر", "View the outbox")),
                new PermissionDefinition(OUTBOX_WRITE, new LocalizedText("إعادة إرسال الرسائل المتعثرة", "Retry failed messages")),
                new PermissionDefinition(MODULES_MANAGE, new LocalizedText("تثبيت الوحدات وإزالتها", "Install and uninstall modules")));
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
