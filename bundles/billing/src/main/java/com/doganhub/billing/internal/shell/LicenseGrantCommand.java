package com.doganhub.billing.internal.shell;


import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import com.doganhub.billing.internal.licenses.LicenseGrants;
import com.doganhub.billing.internal.licenses.Licensing;
import com.doganhub.platform.api.TenantContext;
import com.doganhub.platform.api.TenantScope;
import com.doganhub.platform.api.error.PlatformException;
import com.doganhub.platform.api.tenants.TenantDirectory;
import com.doganhub.platform.api.tenants.TenantSummary;

/**
 * {@code doganhub:license-grant (--until DATE | --months N) [--seats N] [--note TEXT] TENANT PLAN}: a license without
 * Stripe (bank transfer), audited as the platform acting from the shell.
 */
@Service
@Command(scope = "doganhub", name = "license-grant", description = "Grants or extends a tenant's license without Stripe (audited)")
public class LicenseGrantCommand implements Action {

    @Argument(index = 0, name = "tenant", required = true, description = "The tenant's slug")
    private String tenant;

    @Argument(index = 1, name = "plan", required = true, description = "The plan id")
    private String plan;

    @Option(name = "--until", description = "Last day of the license (YYYY-MM-DD)")
    private String until;

    @Option(name = "--months", description = "Months to add to what is left")
    private Integer months;

    @Option(name = "--seats", description = "Seats, when not the plan's")
    private Integer seats;

    @Option(name = "--note", description = "Why (the bank transfer's reference): kept in the audit log")
    private String note;

    @Reference
    private LicenseGrants grants;

    @Reference
    private TenantDirectory tenants;

    @Reference
    private TenantScope tenantScope;

    @Override
    public Object execute() {
        TenantSummary platform = tenants.bySlug(TenantContext.PLATFORM_SLUG).orElse(null);
        if (platform == null) {
            System.err.println("The platform tenant does not exist yet");
            return null;
        }
        TenantContext shell = TenantContext.system(platform.id(), platform.slug());
        try (TenantScope.Binding ignored = tenantScope.bind(shell)) {
            Licensing.Snapshot granted = grants.grant(tenant, new LicenseGrants.Grant(plan, until, months, seats, note));
            System.out.println("Granted " + granted.info().planId() + " to " + tenant + " until "
                    + granted.info().expiresAt() + " (" + granted.info().seats() + " seats).");
            System.out.println("Key: " + granted.licenseKey());
        } catch (PlatformException refused) {
            System.err.println("Refused: " + refused.code() + " " + refused.args());
        }
        return null;
    }
}
