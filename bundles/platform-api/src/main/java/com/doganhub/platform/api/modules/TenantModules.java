package com.doganhub.platform.api.modules;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** Per-tenant enablement of the installed modules; asked on every authenticated request, so answers from memory. */
@ProviderType
public interface TenantModules {

    /** Whether the tenant uses the module: its own choice, else the module's default. */
    boolean enabled(String tenantId, String moduleId);

    /** The installed module that defines {@code permission}, if any. */
    Optional<String> moduleOf(String permission);
}
