package com.doganhub.platform.api.audit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One change to record.
 *
 * @param entityType what was changed ({@code user}, {@code invoice})
 * @param entityId   its id
 * @param action     {@code create}, {@code update}, {@code delete} or a domain verb ({@code issue}, {@code suspend})
 * @param changes    changed fields, in order, with their values before and after
 */
public record AuditEvent(String entityType, String entityId, String action, Map<String, FieldChange> changes) {

    public AuditEvent {
        requireText(entityType, "entityType");
        requireText(entityId, "entityId");
        requireText(action, "action");
        changes = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(changes, "changes")));
    }

    public static AuditEvent of(String entityType, String entityId, String action) {
        return new AuditEvent(entityType, entityId, action, Map.of());
    }

    /** This event with one more changed field; fields whose values are equal are left out. */
    public AuditEvent with(String field, Object before, Object after) {
        String from = before == null ? null : before.toString();
        String to = after == null ? null : after.toString();
        if (Objects.equals(from, to)) {
            return this;
        }
        Map<String, FieldChange> more = new LinkedHashMap<>(changes);
        more.put(field, new FieldChange(from, to));
        return new AuditEvent(entityType, entityId, action, more);
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }

    /** A field's value before and after the change; either may be {@code null}. */
    public record FieldChange(String before, String after) {
    }
}
