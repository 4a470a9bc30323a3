package com.doganhub.platform.api;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A permission a module defines, such as {@code finance.invoice.write}: lower-case dotted segments,
 * the first of which is the module id.
 */
public record PermissionDefinition(String id, LocalizedText description) {

    private static final Pattern FORMAT = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+");

    public PermissionDefinition {
        Objects.requireNonNull(description, "description");
        if (id == null || !FORMAT.matcher(id).matches()) {
            throw new IllegalArgumentException("permission id must look like module.entity.action: " + id);
        }
    }
}
