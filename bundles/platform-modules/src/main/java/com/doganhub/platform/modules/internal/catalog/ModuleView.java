package com.doganhub.platform.modules.internal.catalog;

import java.util.List;

import com.doganhub.platform.api.LocalizedText;
import com.doganhub.platform.api.NavigationEntry;

/**
 * A module as the registry shows it.
 *
 * @param kind    {@code module} (offered by a feature, installable, per-tenant) or {@code platform} (a part of the
 *                platform that always runs)
 * @param state   {@code ACTIVE} (its descriptor service runs), {@code INSTALLED} (its feature is installed, the
 *                descriptor not up: starting, waiting for its schema, or failed) or {@code AVAILABLE} (offered,
 *                not installed)
 * @param feature the Karaf feature that installs it, {@code null} for a platform part
 */
public record ModuleView(String id, String kind, String state, String version, LocalizedText name, String feature,
        List<String> permissions, List<NavigationEntry> navigation, List<String> requiredIntegrations,
        List<String> requiredModules, boolean enabledByDefault, List<String> bundles) {
}
