package com.doganhub.billing.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import com.doganhub.billing.internal.licenses.LicenseGrants;
import com.doganhub.billing.internal.licenses.Licensing;
import com.doganhub.platform.api.tenants.TenantSummary;

/** {@code doganhub:license-show TENANT}: a tenant's license, how it stands, and its usage. */
@Service
@Command(scope = "doganhub", name = "license-show", description = "Shows a tenant's license, its state and quota usage")
public class LicenseShowCommand implements Action {

    @Argument(index = 0, name = "tenant", required = true, description = "The tenant's slug")
    private String tenant;

    @Reference
    private Licensing licensing;

    @Reference
    private LicenseGrants grants;

    @Override
    public Object execute() {
        TenantSummary found;
        try {
            found = grants.tenant(tenant);
        } catch (RuntimeException unknown) {
            System.err.println("No tenant " + tenant);
            return null;
        }
        licensing.snapshot(found.id()).ifPresentOrElse(license -> {
            System.out.println("Tenant:    " + found.slug() + " (" + found.name().en() + ")");
            System.out.println("License:   " + license.info().licenseId() + " from " + license.info().source());
            System.out.println("Plan:      " + license.info().planId() + ", " + license.info().seats() + " seats, modules "
                    + String.join(", ", license.info().modules()));
            System.out.println("Expires:   " + license.info().expiresAt() + (license.autoRenew() ? " (renews itself)" : ""));
            System.out.println("State:     " + licensing.state(license) + ", payment " + license.standing()
                    + (license.pastDueSince() == null ? "" : " since " + license.pastDueSince()));
            for (Licensing.QuotaUse use : licensing.usage(found.id())) {
                System.out.println("Quota:     " + use.quota() + " " + (use.metered() ? use.used() : "not metered")
                        + " of " + (use.limit() == null ? "unlimited" : use.limit()));
            }
            System.out.println("Key:       " + license.licenseKey());
        }, () -> System.out.println("Tenant " + found.slug() + " has no license: nothing is limited."));
        return null;
    }
}
