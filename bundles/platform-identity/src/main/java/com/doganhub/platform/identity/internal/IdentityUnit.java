package com.doganhub.platform.identity.internal;

import java.util.Locale;
import java.util.Set;

import com.doganhub.platform.api.TenantContext;

/** Names shared by the bundle's components: its persistence unit, its schema, and the system caller. */
public final class IdentityUnit {

    /** Target filter of the bundle's {@code JpaTemplate}. */
    public static final String JPA = "(osgi.unit.name=doganhub-identity)";

    /** Target filter of the bundle's {@code SchemaReady}. */
    public static final String SCHEMA = "(doganhub.schema.bundle=doganhub-platform-identity)";

    /** The user id recorded for work the platform does on its own (bootstrap, sign-in, shell). */
    public static final String SYSTEM_USER = TenantContext.SYSTEM_USER;

    private IdentityUnit() {
    }

    /** A caller for platform-internal work inside {@code tenantId}, holding no permissions. */
    public static TenantContext systemIn(String tenantId, String slug) {
        return TenantContext.system(tenantId, slug);
    }

    /** A caller for platform-internal work inside {@code tenantId} on behalf of {@code userId}. */
    public static TenantContext actingAs(String tenantId, String slug, String userId, Locale locale) {
        return new TenantContext(tenantId, slug, userId, locale, Set.of());
    }
}
