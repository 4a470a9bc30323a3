package com.doganhub.finance.internal;

import static com.doganhub.finance.internal.FinancePermissions.*;

import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import com.doganhub.platform.api.LocalizedText;
import com.doganhub.platform.api.NavigationEntry;
import com.doganhub.platform.api.PermissionDefinition;
import com.doganhub.platform.api.PlatformModule;

/** What the finance module adds to the platform: its permissions and menu. */
@Component(service = PlatformModule.class)
public class FinanceModule implements PlatformModule {

    static final String ID = "finance";

    private final String version;

    @Activate
    public FinanceModule(BundleContext context) {
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
        return new LocalizedText("المالية", "Finance");
    }

    @Override
    public List<PermissionDefinition> permissions() {
        return List.of(
                permission(ACCOUNTS_READ, "عرض دليل الحسابات", "View the chart of accounts"),
                permission(ACCOUNTS_WRITE, "تعديل دليل الحسابات", "Edit the chart of accounts"),
                permission(JOURNAL_READ, "عرض القيود اليومية", "View journal entries"),
                permission(JOURNAL_WRITE, "إنشاء مسودات القيود", "Draft journal entries"),
                permission(JOURNAL_POST, "ترحيل القيود وعكسها", "Post and reverse journal entries"),
                permission(INVOICES_READ, "عرض الفواتير", "View invoices"),
                permission(INVOICES_WRITE, "إنشاء مسودات الفواتير", "Draft invoices"),
                permission(INVOICES_ISSUE, "إصدار الفواتير والإشعارات الدائنة", "Issue invoices and credit notes"),
                permission(PAYMENTS_WRITE, "تسجيل المدفوعات", "Record payments"),
                permission(BILLS_READ, "عرض فواتير الموردين", "View vendor bills"),
                permission(BILLS_WRITE, "تسجيل فواتير الموردين", "Record vendor bills"),
                permission(BUDGETS_READ, "عرض الموازنات", "View budgets"),
                permission(BUDGETS_WRITE, "تعديل الموازنات", "Edit budgets"),
                permission(REPORTS_READ, "عرض التقارير المالية وتصديرها", "View and export financial reports"),
                permission(SETTINGS_READ, "عرض إعدادات المالية", "View finance settings"),
                permission(SETTINGS_WRITE, "تعديل إعدادات المالية وإقفال الفترات", "Edit finance settings and lock periods"));
    }

    @Override
    public List<NavigationEntry> navigation() {
        return List.of(
                entry("finance-invoices", "الفواتير", "Invoices", "/finance/invoices", INVOICES_READ, 10),
                entry("finance-bills", "فواتير الموردين", "Vendor bills", "/finance/bills", BILLS_READ, 20),
                entry("finance-journal", "القيود اليومية", "Journal", "/finance/journal", JOURNAL_READ, 30),
                entry("finance-accounts", "دليل الحسابات", "Chart of accounts", "/finance/accounts", ACCOUNTS_READ, 40),
                entry("finance-budgets", "الموازنات", "Budgets", "/finance/budgets", BUDGETS_READ, 50),
                entry("finance-reports", "التقارير المالية", "Reports", "/finance/reports", REPORTS_READ, 60));
    }

    @Override
    public List<String> requiredIntegrations() {
        return List.of("database", "email");
    }

    private static PermissionDefinition permission(String key, String ar, String en) {
        return new PermissionDefinition(key, new LocalizedText(ar, en));
    }

    private static NavigationEntry entry(String id, String ar, String en, String path, String permission, int order) {
        return new NavigationEntry(id, new LocalizedText(ar, en), path, permission, order);
    }
}
