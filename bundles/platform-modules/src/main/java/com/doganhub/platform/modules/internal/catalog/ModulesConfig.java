package com.doganhub.platform.modules.internal.catalog;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration PID {@code com.doganhub.modules} ({@code etc/com.doganhub.modules.cfg}). */
@ObjectClassDefinition(name = "DoganHub modules", description = "Installing modules at runtime and per-tenant choices.")
public @interface ModulesConfig {

    String PID = "com.doganhub.modules";

    @AttributeDefinition(name = "Install timeout (seconds)", min = "5",
            description = "How long an install waits for the module to run (its migrations included) before taking it back.")
    int installTimeoutSeconds() default 120;

    @AttributeDefinition(name = "Tenant choices cache (seconds)", min = "1",
            description = "How long a node keeps a tenant's module choices in memory; another node's change shows within it.")
    int tenantCacheSeconds() default 15;
}
