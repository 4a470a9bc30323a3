package com.doganhub.platform.api;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Who a request, job or route runs for. The tenant always comes from a verified credential (the token),
 * never from a field of the request.
 *
 * @param tenantId    stable tenant identifier, the value of every tenant discriminator column
 * @param tenantSlug  the tenant's short name ({@code demo}); {@code platform} for the operator
 * @param userId      the acting user, or {@code system} for jobs and routes
 * @param locale      language for messages ({@code ar} or {@code en})
 * @param permissions permission strings granted to the caller in this tenant
 */
public record TenantContext(String tenantId, String tenantSlug, String userId, Locale locale, Set<String> permissions) {

    /** The slug the platform operator logs in with. */
    public static final String PLATFORM_SLUG = "platform";
    /** The user id recorded for work the platform does on its own (jobs, routes, meters, the shell). */
    public static final String SYSTEM_USER = "system";

    /** The platform itself working inside {@code tenantId}, holding no permissions. */
    public static TenantContext system(String tenantId, String tenantSlug) {
        return new TenantContext(tenantId, tenantSlug, SYSTEM_USER, Locale.ENGLISH, Set.of());
    }

    public TenantContext {
        requireText(tenantId, "tenantId");
        requireText(tenantSlug, "tenantSlug");
        requireText(userId, "userId");
        Objects.requireNonNull(locale, "locale");
        permissions = Set.copyOf(Objects.requireNonNull(permissions, "permissions"));
    }

    public boolean hasPermission(String permission) {
        return permissions.contains(permission);
    }

    public boolean isPlatformOperator() {
        return PLATFORM_SLUG.equals(tenantSlug);
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
