package com.doganhub.platform.api;

import java.util.Objects;

/**
 * A menu entry a module adds to the web UI.
 *
 * @param id                 unique within the module
 * @param label              what the menu shows
 * @param path               the UI route it opens, e.g. {@code /finance/invoices}
 * @param requiredPermission shown only to callers holding it; {@code null} for everyone in the tenant
 * @param order              ascending position within the module's menu
 */
public record NavigationEntry(String id, LocalizedText label, String path, String requiredPermission, int order) {

    public NavigationEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        if (path == null || !path.startsWith("/")) {
            throw new IllegalArgumentException("navigation path must start with '/': " + path);
        }
    }
}
