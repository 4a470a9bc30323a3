package com.doganhub.crm.internal;

import static com.doganhub.crm.internal.CrmPermissions.CONTACTS_READ;
import static com.doganhub.crm.internal.CrmPermissions.CONTACTS_WRITE;
import static com.doganhub.crm.internal.CrmPermissions.DEALS_READ;
import static com.doganhub.crm.internal.CrmPermissions.DEALS_READ_ALL;
import static com.doganhub.crm.internal.CrmPermissions.DEALS_WRITE;
import static com.doganhub.crm.internal.CrmPermissions.FIELDS_WRITE;
import static com.doganhub.crm.internal.CrmPermissions.PIPELINES_WRITE;

import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import com.doganhub.platform.api.LocalizedText;
import com.doganhub.platform.api.NavigationEntry;
import com.doganhub.platform.api.PermissionDefinition;
import com.doganhub.platform.api.PlatformModule;

/** What the CRM adds to the platform: its permissions and menu. */
@Component(service = PlatformModule.class)
public class CrmModule implements PlatformModule {

    private final String version;

    @Activate
    public CrmModule(BundleContext context) {
        this.version = context.getBundle().getVersion().toString();
    }

    @Override
    public String id() {
        return "crm";
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public LocalizedText name() {
        return new LocalizedText("إدارة علاقات العملاء", "CRM");
    }

    @Override
    public List<PermissionDefinition> permissions() {
        return List.of(
                permission(CONTACTS_READ, "عرض جهات الاتصال والشركات", "View contacts and companies"),
                permission(CONTACTS_WRITE, "تعديل جهات الاتصال والشركات", "Edit contacts and companies"),
                permission(DEALS_READ, "عرض الصفقات", "View deals"),
                permission(DEALS_WRITE, "إنشاء الصفقات وتحريكها بين المراحل", "Create deals and move them between stages"),
                permission(DEALS_READ_ALL, "عرض صفقات جميع المستخدمين", "View every user's deals"),
                permission(PIPELINES_WRITE, "إعداد مسارات المبيعات", "Set up sales pipelines"),
                permission(FIELDS_WRITE, "إعداد الحقول المخصصة لجهات الاتصال", "Set up custom contact fields"));
    }

    @Override
    public List<NavigationEntry> navigation() {
        return List.of(
                entry("crm-contacts", "جهات الاتصال", "Contacts", "/crm/contacts", CONTACTS_READ, 10),
                entry("crm-companies", "الشركات", "Companies", "/crm/companies", CONTACTS_READ, 20),
                entry("crm-deals", "الصفقات", "Deals", "/crm/deals", DEALS_READ, 30));
    }

    @Override
    public List<String> requiredIntegrations() {
        return List.of("database");
    }

    private static PermissionDefinition permission(String key, String ar, String en) {
        return new PermissionDefinition(key, new LocalizedText(ar, en));
    }

    private static NavigationEntry entry(String id, String ar, String en, String path, String permission, int order) {
        return new NavigationEntry(id, new LocalizedText(ar, en), path, permission, order);
    }
}
