package com.doganhub.crm.internal.fields;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

import com.doganhub.crm.internal.Inputs;
import com.doganhub.platform.api.error.FieldError;
import com.doganhub.platform.api.error.ValidationFailed;

/** A custom field as an admin defines it; {@code options} only for {@code CHOICE}. */
public record FieldRequest(String type, String labelAr, String labelEn, List<String> options, Boolean required,
        Integer position) {

    record Valid(FieldType type, String labelAr, String labelEn, List<String> options, boolean required, int position) {
    }

    Valid validate() {
        List<FieldError> errors = new ArrayList<>();
        FieldType fieldType = null;
        if (type == null || type.isBlank()) {
            errors.add(FieldError.of("type", "required"));
        } else {
            try {
                fieldType = FieldType.valueOf(type.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                errors.add(FieldError.of("type", "crm.unknown-value", type.strip()));
            }
        }
        String ar = Inputs.text(errors, "labelAr", labelAr, 100, true);
        String en = Inputs.text(errors, "labelEn", labelEn, 100, true);
        LinkedHashSet<String> choices = new LinkedHashSet<>();
        if (options != null) {
            for (int i = 0; i < options.size(); i++) {
                String option = Inputs.text(errors, "options[" + i + "]", options.get(i), 100, true);
                if (option != null && option.contains("\n")) {
                    errors.add(FieldError.of("options[" + i + "]", "crm.unknown-value", option));
                } else if (option != null) {
                    choices.add(option);
                }
            }
        }
        if (fieldType == FieldType.CHOICE && choices.isEmpty() && errors.isEmpty()) {
            errors.add(FieldError.of("options", "crm.field-options-required"));
        }
        if (fieldType != null && fieldType != FieldType.CHOICE && !choices.isEmpty()) {
            errors.add(FieldError.of("options", "crm.field-options-choice-only"));
        }
        if (choices.size() > 50) {
            errors.add(FieldError.of("options", "crm.too-many", 50));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        return new Valid(fieldType, ar, en, List.copyOf(choices), Boolean.TRUE.equals(required),
                position == null ? 0 : position);
    }
}
