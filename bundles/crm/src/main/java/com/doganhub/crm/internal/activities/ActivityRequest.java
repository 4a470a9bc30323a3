package com.doganhub.crm.internal.activities;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.doganhub.crm.internal.Inputs;
import com.doganhub.platform.api.error.FieldError;
import com.doganhub.platform.api.error.ValidationFailed;

/** An activity as clients send it. Emails are not logged here: {@code POST /crm/contacts/{id}/emails} sends and logs. */
public record ActivityRequest(String type, String entityType, String entityId, String title, String body,
        String ownerId, String dueDate) {

    record Valid(ActivityEntity.Type type, ActivityEntity.Subject entityType, String entityId, String title,
            String body, String ownerId, LocalDate dueDate) {
    }

    Valid validate(String caller) {
        List<FieldError> errors = new ArrayList<>();
        ActivityEntity.Type kind = parse(errors, "type", type, ActivityEntity.Type.class);
        if (kind == ActivityEntity.Type.EMAIL) {
            errors.add(FieldError.of("type", "crm.activity-email"));
        }
        ActivityEntity.Subject subject = parse(errors, "entityType", entityType, ActivityEntity.Subject.class);
        String id = Inputs.text(errors, "entityId", entityId, 36, true);
        String name = Inputs.text(errors, "title", title, 200, true);
        String text = Inputs.text(errors, "body", body, 10_000, false);
        String owner = Inputs.text(errors, "ownerId", ownerId, 64, false);
        LocalDate due = null;
        if (dueDate != null && !dueDate.isBlank()) {
            try {
                due = LocalDate.parse(dueDate.strip());
            } catch (DateTimeParseException notADate) {
                errors.add(FieldError.of("dueDate", "crm.date-format"));
            }
        } else if (kind == ActivityEntity.Type.TASK) {
            errors.add(FieldError.of("dueDate", "crm.task-due-required"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        return new Valid(kind, subject, id, name, text, owner == null ? caller : owner, due);
    }

    static <E extends Enum<E>> E parse(List<FieldError> errors, String field, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            errors.add(FieldError.of(field, "required"));
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            errors.add(FieldError.of(field, "crm.unknown-value", value));
            return null;
        }
    }
}
