package com.doganhub.crm.internal.fields;

import java.util.List;

/** A custom field as the API shows it. */
public record FieldView(String key, FieldType type, String labelAr, String labelEn, List<String> options,
        boolean required, int position) {

    static FieldView of(FieldEntity field) {
        return new FieldView(field.key(), field.type(), field.labelAr(), field.labelEn(), field.options(),
                field.required(), field.position());
    }
}
