package com.doganhub.platform.identity.internal.auth;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.doganhub.platform.api.TenantContext;
import com.doganhub.platform.api.TenantScope;
import com.doganhub.platform.api.modules.TenantModules;
import com.doganhub.platform.api.error.Forbidden;
import com.doganhub.platform.api.error.Unauthenticated;
import com.doganhub.platform.identity.internal.IdentityUnit;
import com.doganhub.platform.identity.internal.roles.RoleCatalog;
import com.doganhub.platform.identity.internal.tenants.TenantEntity;
import com.doganhub.platform.identity.internal.tenants.TenantLookup;
import com.doganhub.platform.identity.internal.tenants.TenantStatus;
import com.doganhub.platform.identity.internal.users.UserDirectory;
import com.doganhub.platform.identity.internal.users.UserEntity;

/**
 * Builds the {@link TenantContext} of a signed-in user from the database on every request, so that a suspension,
 * a disabled account or a role change applies to tokens already issued.
 */
@Component(service = CallerResolver.class)
public class CallerResolver {

    private final TenantLookup tenants;
    private final UserDirectory users;
    private final RoleCatalog roles;
    private final TenantScope tenantScope;

    private final TenantModules tenantModules;

    @Activate
    public CallerResolver(@Reference TenantLookup tenants, @Reference UserDirectory users, @Reference RoleCatalog roles,
            @Reference TenantScope tenantScope, @Reference TenantModules tenantModules) {
        // required, not optional: without the registry a tenant's choices could not be applied, and callers would
        // get the permissions of modules their tenant turned off (fail closed: no sign-in until it runs)
        this.tenantModules = tenantModules;
        this.tenants = tenants;
        this.users = users;
        this.roles = roles;
        this.tenantScope = tenantScope;
    }

    /**
     * @param requested the language the request asked for, or {@code null} to use the user's own
     * @throws Unauthenticated when the tenant or user no longer exists
     * @throws Forbidden       {@code tenant-suspended} or {@code account-disabled}
     */
    public TenantContext resolve(String tenantId, String userId, Instant issuedAt, Locale requested) {
        TenantEntity tenant = tenants.byId(tenantId).orElseThrow(() -> new Unauthenticated("token.invalid"));
        requireActive(tenant);
        try (TenantScope.Binding asSystem = tenantScope.bind(IdentityUnit.systemIn(tenant.id(), tenant.slug()))) {
            UserEntity user = users.byId(userId).orElseThrow(() -> new Unauthenticated("token.invalid"));
            requireActive(user);
            requireIssuedAfterPasswordChange(user, issuedAt);
            Set<String> permissions = RoleCatalog.inEffect(tenant.id(),
                    roles.permissionsOf(user.roles(), tenant.isOperator()), tenantModules);
            Locale locale = requested != null ? requested : Locale.forLanguageTag(user.locale());
            return new TenantContext(tenant.id(), tenant.slug(), user.id(), locale, permissions);
        }
    }

    static void requireActive(TenantEntity tenant) {
        if (tenant.status() == TenantStatus.SUSPENDED) {
            throw new AccountRefused("tenant-suspended", tenant.slug());
        }
    }

    /** JWT times are whole seconds: a token of the same second as the change still counts. */
    static void requireIssuedAfterPasswordChange(UserEntity user, Instant issuedAt) {
        LocalDateTime changed = user.credentialsChangedAt();
        if (changed != null && issuedAt.isBefore(changed.truncatedTo(ChronoUnit.SECONDS).toInstant(ZoneOffset.UTC))) {
            throw new Unauthenticated("token.revoked");
        }
    }

    static void requireActive(UserEntity user) {
        if (!user.isActive()) {
            throw new AccountRefused("account-disabled", user.email());
        }
    }

    /** A known caller who may not work right now; 403 with the reason. */
    static final class AccountRefused extends Forbidden {
        private static final long serialVersionUID = 1L;

        AccountRefused(String code, Object subject) {
            super(code, null, subject);
        }
    }
}
