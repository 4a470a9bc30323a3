package com.doganhub.platform.identity.internal.shell;

import java.util.concurrent.Callable;

import com.doganhub.platform.api.TenantContext;
import com.doganhub.platform.api.TenantScope;
import com.doganhub.platform.api.error.NotFound;
import com.doganhub.platform.api.error.PlatformException;
import com.doganhub.platform.identity.internal.IdentityUnit;
import com.doganhub.platform.identity.internal.tenants.TenantEntity;
import com.doganhub.platform.identity.internal.tenants.TenantLookup;

/**
 * Shell commands act as the platform itself (user {@code system}) in the tenant they name; the Karaf shell's own
 * authentication (JAAS, {@code etc/users.properties}) decides who may run them.
 */
final class ShellCaller {

    private ShellCaller() {
    }

    static <T> T inTenant(TenantLookup tenants, TenantScope scope, String slug, Callable<T> work) throws Exception {
        TenantEntity tenant = tenants.bySlug(slug).orElseThrow(() -> new NotFound("tenant", slug));
        try (TenantScope.Binding ignored = scope.bind(IdentityUnit.systemIn(tenant.id(), tenant.slug()))) {
            return work.call();
        }
    }

    static <T> T asOperator(TenantLookup tenants, TenantScope scope, Callable<T> work) throws Exception {
        return inTenant(tenants, scope, TenantContext.PLATFORM_SLUG, work);
    }

    /** A platform error as one line for the console: its code and arguments. */
    static String describe(PlatformException failure) {
        if (failure instanceof com.doganhub.platform.api.error.ValidationFailed invalid) {
            StringBuilder text = new StringBuilder("Refused:");
            invalid.errors().forEach(error -> text.append(' ').append(error.field()).append(" (").append(error.code())
                    .append(')'));
            return text.toString();
        }
        return "Refused: " + failure.code() + " " + failure.args();
    }
}
