package com.doganhub.platform.identity.internal.roles;

import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import com.doganhub.platform.api.LocalizedText;
import com.doganhub.platform.api.NavigationEntry;
import com.doganhub.platform.api.PermissionDefinition;
import com.doganhub.platform.api.PlatformModule;

/** The permissions of the platform's own tenant administration: users, roles, audit log and branding. */
@Component(service = PlatformModule.class)
public class CoreModule implements PlatformModule {

    public static final String USER_READ = "core.user.read";
    public static final String USER_WRITE = "core.user.write";
    public static final String ROLE_READ = "core.role.read";
    public static final String ROLE_WRITE = "core.role.write";
    public static final String AUDIT_READ = "core.audit.read";
    public static final String BRANDING_WRITE = "core.branding.write";
    public static final String MODULES_READ = "core.modules.read";
    public static final String MODULES_WRITE = "core.modules.write";

    private final String version;

    @Activate
    public CoreModule(BundleContext context) {
        this.version = context.getBundle().getVersion().toString();
    }

    @Override
    public String id() {
        return "core";
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public LocalizedText name() {
        return new LocalizedText("إدارة المنشأة", "Tenant administration");
    }

    @Override
    public List<PermissionDefinition> permissions() {
        return List.of(
                new PermissionDefinition(USER_READ, new LocalizedText("عرض المستخدمين", "View users")),
                new PermissionDefinition(USER_WRITE, new LocalizedText("إدارة المستخدمين", "Manage users")),
                new PermissionDefinition(ROLE_READ, new LocalizedText("عرض الأدوار والصلاحيات", "View roles and permissions")),
                new PermissionDefinition(ROLE_WRITE, new LocalizedText("إدارة الأدوار", "Manage roles")),
                new PermissionDefinition(AUDIT_READ, new LocalizedText("عرض سجل التدقيق", "View the audit log")),
                new PermissionDefinition(BRANDING_WRITE, new LocalizedText("تعديل الهوية التجارية", "Edit branding")),
                new PermissionDefinition(MODULES_READ, new LocalizedText("عرض وحدات المنشأة", "View the tenant's modules")),
                new PermissionDefinition(MODULES_WRITE, new LocalizedText("تفعيل الوحدات وتعطيلها للمنشأة", "Enable and disable modules for the tenant")));
    }

    @Override
    public List<NavigationEntry> navigation() {
        return List.of();
    }

    @Override
    public List<String> requiredIntegrations() {
        return List.of("email");
    }
}
