package com.doganhub.platform.api;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * The descriptor a module bundle registers as a service. The platform's module registry, RBAC, licensing and
 * web UI are built from these services alone: installing a bundle adds its permissions, menus and endpoints,
 * uninstalling it removes them.
 */
@ConsumerType
public interface PlatformModule {

    /** Lower-case identifier, also the prefix of the module's permissions and tables ({@code finance}). */
    String id();

    /** The module's version, normally its bundle version. */
    String version();

    /** Display name in Arabic and English. */
    LocalizedText name();

    /** Permissions the module defines; each id starts with {@link #id()}. */
    List<PermissionDefinition> permissions();

    /** Menu entries for the web UI. */
    List<NavigationEntry> navigation();

    /** Capabilities or integrations the module needs to be fully functional ({@code email}, {@code zatca}). */
    List<String> requiredIntegrations();

    /**
     * The ids of the modules this one cannot work without ({@code zatca} needs {@code finance}): the registry refuses
     * to uninstall a module another installed module requires.
     */
    default List<String> requiredModules() {
        return List.of();
    }

    /**
     * Whether tenants use the module as soon as it is installed, until a tenant admin turns it off; {@code false}
     * makes it opt-in: each tenant enables it ({@code PUT /api/v1/tenant/modules/{id}}).
     */
    default boolean enabledByDefault() {
        return true;
    }
}
