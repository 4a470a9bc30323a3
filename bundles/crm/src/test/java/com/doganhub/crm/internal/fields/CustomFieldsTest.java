package com.doganhub.crm.internal.fields;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.doganhub.platform.api.error.FieldError;

class CustomFieldsTest {

    private final CustomFields fields = new CustomFields(null, null); // checking needs neither store nor audit

    @Test
    void valuesBecomeTheirTypesCanonicalForm() {
        List<FieldError> errors = new ArrayList<>();
        String stored = fields.check(List.of(field("budget", FieldType.NUMBER), field("tier", FieldType.CHOICE, "Gold"),
                field("vip", FieldType.BOOLEAN), field("since", FieldType.DATE)),
                values("budget", "1e3", "tier", "gold", "vip", "نعم", "since", "2026-02-01"), errors);

        assertThat(errors).isEmpty();
        assertThat(fields.read(stored).get("budget").toString()).isEqualTo("1000");
        assertThat(fields.read(stored)).containsEntry("tier", "Gold").containsEntry("vip", true).containsEntry("since", "2026-02-01");
    }

    @Test
    void aNumberThatWouldExpandIntoBillionsOfDigitsIsRefusedAtOnce() {
        List<FieldError> errors = new ArrayList<>();
        for (String huge : List.of("1e999999999", "1e2147483647", "9".repeat(41), "0.0000001")) {
            fields.check(List.of(field("budget", FieldType.NUMBER)), values("budget", huge), errors);
        }

        assertThat(errors).hasSize(4).allSatisfy(error -> assertThat(error.code()).isEqualTo("crm.field-number"));
    }

    @Test
    void decimalsKeepTheirDigitsWhenReadBack() {
        List<FieldError> errors = new ArrayList<>();
        String stored = fields.check(List.of(field("budget", FieldType.NUMBER)), values("budget", "250000.50"), errors);

        assertThat(fields.read(stored).get("budget").toString()).isEqualTo("250000.50");
    }

    private static FieldEntity field(String key, FieldType type, String... options) {
        FieldEntity field = new FieldEntity("id-" + key, key, type, null);
        field.apply(new FieldRequest.Valid(type, key, key, List.of(options), false, 0));
        return field;
    }

    private static Map<String, Object> values(String... pairs) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.put(pairs[i], pairs[i + 1]);
        }
        return values;
    }
}
