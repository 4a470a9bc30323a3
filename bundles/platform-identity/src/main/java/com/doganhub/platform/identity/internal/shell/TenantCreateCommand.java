package com.doganhub.platform.identity.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import com.doganhub.platform.api.TenantScope;
import com.doganhub.platform.api.error.PlatformException;
import com.doganhub.platform.identity.internal.tenants.TenantDirectory;
import com.doganhub.platform.identity.internal.tenants.TenantLookup;
import com.doganhub.platform.identity.internal.tenants.TenantRequests;
import com.doganhub.platform.identity.internal.tenants.TenantView;

/** {@code doganhub:tenant-create}: the same rules as {@code POST /api/v1/platform/tenants}. */
@Service
@Command(scope = "doganhub", name = "tenant-create", description = "Creates a tenant and its owner")
public class TenantCreateCommand implements Action {

    @Argument(index = 0, name = "slug", required = true, description = "Short lower-case name, e.g. alnoor")
    private String slug;

    @Argument(index = 1, name = "ownerEmail", required = true, description = "Email of the tenant's owner")
    private String ownerEmail;

    @Option(name = "--name-ar", required = true, description = "Legal name in Arabic")
    private String nameAr;

    @Option(name = "--name-en", required = true, description = "Legal name in English")
    private String nameEn;

    @Option(name = "--vat", required = true, description = "VAT number: 15 digits, starting and ending with 3")
    private String vatNumber;

    @Option(name = "--cr", required = true, description = "Commercial registration number: 10 digits")
    private String crNumber;

    @Option(name = "--building", required = true, description = "Building number: 4 digits")
    private String building;

    @Option(name = "--street", required = true)
    private String street;

    @Option(name = "--district", required = true)
    private String district;

    @Option(name = "--city", required = true)
    private String city;

    @Option(name = "--postal-code", required = true, description = "5 digits")
    private String postalCode;

    @Option(name = "--locale", description = "ar (default) or en")
    private String locale;

    @Option(name = "--owner-password", description = "Without it the owner is emailed an invitation")
    private String ownerPassword;

    @Reference
    private TenantDirectory tenants;

    @Reference
    private TenantLookup lookup;

    @Reference
    private TenantScope scope;

    @Override
    public Object execute() throws Exception {
        TenantRequests.Create request = new TenantRequests.Create(slug, nameAr, nameEn, vatNumber, crNumber,
                new TenantRequests.Address(building, street, district, city, postalCode), locale,
                new TenantRequests.Owner(ownerEmail, null, ownerPassword));
        try {
            TenantView created = ShellCaller.asOperator(lookup, scope, () -> tenants.create(request));
            System.out.println("Created tenant " + created.slug() + " (" + created.id() + ") with owner " + ownerEmail
                    + (ownerPassword == null ? "; an invitation was emailed" : ""));
        } catch (PlatformException refused) {
            System.err.println(ShellCaller.describe(refused));
        }
        return null;
    }
}
