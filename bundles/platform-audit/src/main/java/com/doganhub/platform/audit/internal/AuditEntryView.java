package com.doganhub.platform.audit.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** An audit entry as the API shows it; {@code changes} maps each field to {@code {before, after}}. */
record AuditEntryView(String id, Instant occurredAt, String userId, String entityType, String entityId,
        String action, Map<String, Map<String, String>> changes, String requestId, String clientAddress) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, Map<String, String>>> CHANGES = new TypeReference<>() { };

    static AuditEntryView of(AuditEntryEntity entry) {
        return new AuditEntryView(entry.id(), entry.occurredAt().toInstant(ZoneOffset.UTC), entry.userId(),
                entry.entityType(), entry.entityId(), entry.action(), changes(entry.changes()), entry.requestId(),
                entry.clientAddress());
    }

    private static Map<String, Map<String, String>> changes(String stored) {
        if (stored == null || stored.isBlank()) {
            return Map.of();
        }
        try {
            return JSON.readValue(stored, CHANGES);
        } catch (JsonProcessingException unreadable) {
            throw new IllegalStateException("an audit entry holds changes that are not JSON", unreadable);
        }
    }
}
