package com.doganhub.platform.identity.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import com.doganhub.platform.api.Page;
import com.doganhub.platform.api.TenantScope;
import com.doganhub.platform.identity.internal.tenants.TenantDirectory;
import com.doganhub.platform.identity.internal.tenants.TenantLookup;
import com.doganhub.platform.identity.internal.tenants.TenantView;

/** {@code doganhub:tenant-list}. */
@Service
@Command(scope = "doganhub", name = "tenant-list", description = "Lists the tenants (not the platform tenant)")
public class TenantListCommand implements Action {

    @Reference
    private TenantDirectory tenants;

    @Reference
    private TenantLookup lookup;

    @Reference
    private TenantScope scope;

    @Override
    public Object execute() throws Exception {
        ShellTable table = new ShellTable();
        table.column("Slug");
        table.column("Name (en)");
        table.column("Name (ar)");
        table.column("VAT number");
        table.column("Status");
        table.column("Id");
        ShellCaller.asOperator(lookup, scope, () -> {
            String cursor = null;
            do {
                Page<TenantView> page = tenants.list(Page.MAX_LIMIT, cursor);
                page.items().forEach(tenant -> table.addRow().addContent(tenant.slug(), tenant.nameEn(), tenant.nameAr(),
                        tenant.vatNumber(), tenant.status(), tenant.id()));
                cursor = page.nextCursor();
            } while (cursor != null);
            return null;
        });
        table.print(System.out);
        return null;
    }
}
