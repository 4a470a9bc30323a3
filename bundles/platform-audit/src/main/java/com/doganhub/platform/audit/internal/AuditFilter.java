package com.doganhub.platform.audit.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.doganhub.platform.api.error.FieldError;
import com.doganhub.platform.api.error.ValidationFailed;

/**
 * The query parameters of the audit list, checked and turned into JPQL parameters. Times are ISO-8601 instants
 * ({@code 2026-11-27T09:00:00Z}) or dates; a date as {@code to} includes that whole day (UTC).
 */
record AuditFilter(Map<String, Object> parameters) {

    /**
     * The JPQL condition of each parameter; only these fixed texts are ever put into a query. {@code cursorId} has
     * none of its own: it is used by the {@code cursorTime} condition.
     */
    static final Map<String, String> CONDITIONS = Map.of(
            "entityType", "e.entityType = :entityType",
            "entityId", "e.entityId = :entityId",
            "userId", "e.userId = :userId",
            "action", "e.action = :action",
            "from", "e.occurredAt >= :from",
            "to", "e.occurredAt < :to",
            "cursorTime", "(e.occurredAt < :cursorTime or (e.occurredAt = :cursorTime and e.id < :cursorId))");

    static AuditFilter parse(String entity, String entityId, String userId, String action, String from, String to,
            String cursor) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        text(parameters, errors, "entityType", "entity", entity);
        text(parameters, errors, "entityId", "entityId", entityId);
        text(parameters, errors, "userId", "userId", userId);
        text(parameters, errors, "action", "action", action);
        if (from != null && !from.isBlank()) {
            time(from, false, "from", errors).ifPresent(value -> parameters.put("from", value));
        }
        if (to != null && !to.isBlank()) {
            time(to, true, "to", errors).ifPresent(value -> parameters.put("to", value));
        }
        if (cursor != null && !cursor.isBlank()) {
            try {
                String decoded = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8);
                int bar = decoded.indexOf('|');
                parameters.put("cursorTime", LocalDateTime.parse(decoded.substring(0, bar)));
                parameters.put("cursorId", decoded.substring(bar + 1));
            } catch (IllegalArgumentException | DateTimeParseException | StringIndexOutOfBoundsException bad) {
                errors.add(FieldError.of("cursor", "invalid-value", "cursor"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        return new AuditFilter(parameters);
    }

    static String cursorOf(AuditEntryEntity entry) {
        String position = entry.occurredAt() + "|" + entry.id();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(position.getBytes(StandardCharsets.UTF_8));
    }

    private static void text(Map<String, Object> parameters, List<FieldError> errors, String parameter, String field,
            String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        if (value.length() > 64) {
            errors.add(FieldError.of(field, "too-long", 64));
            return;
        }
        parameters.put(parameter, value.strip());
    }

    private static java.util.Optional<LocalDateTime> time(String raw, boolean endOfDay, String field,
            List<FieldError> errors) {
        String value = raw.strip();
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return java.util.Optional.of((endOfDay ? day.plusDays(1) : day).atStartOfDay());
            }
            return java.util.Optional.of(LocalDateTime.ofInstant(Instant.parse(value), ZoneOffset.UTC));
        } catch (DateTimeParseException bad) {
            errors.add(FieldError.of(field, "invalid-time", field));
            return java.util.Optional.empty();
        }
    }
}
