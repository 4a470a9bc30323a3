package com.doganhub.crm.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import com.doganhub.platform.api.error.FieldError;

/** Field checks for CRM requests; each adds what is wrong to {@code errors}, naming the field. */
public final class Inputs {

    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    private static final Pattern TAG = Pattern.compile("[\\p{L}\\p{N}_-]{1,40}");

    private Inputs() {
    }

    /** A request body that must be there: a bodiless POST or PUT is a 422 on {@code $}. */
    public static <T> T body(T body) {
        if (body == null) {
            throw new com.doganhub.platform.api.error.ValidationFailed("$", "required");
        }
        return body;
    }

    public static String text(List<FieldError> errors, String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(FieldError.of(field, "required"));
            }
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            errors.add(FieldError.of(field, "crm.too-long", max));
            return null;
        }
        return stripped;
    }

    /** Distinct emails, lower-cased, in the order given. */
    public static List<String> emails(List<FieldError> errors, String field, List<String> values) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        if (values != null) {
            for (int i = 0; i < values.size(); i++) {
                String value = values.get(i) == null ? "" : values.get(i).strip();
                if (value.length() > 254 || !EMAIL.matcher(value).matches()) {
                    errors.add(FieldError.of(field + "[" + i + "]", "email.format"));
                } else {
                    out.add(value.toLowerCase(Locale.ROOT));
                }
            }
        }
        return new ArrayList<>(out);
    }

    public static List<String> phones(List<FieldError> errors, String field, List<String> values) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        if (values != null) {
            for (int i = 0; i < values.size(); i++) {
                String phone = Phones.e164(values.get(i));
                if (phone == null) {
                    errors.add(FieldError.of(field + "[" + i + "]", "crm.phone-format"));
                } else {
                    out.add(phone);
                }
            }
        }
        return new ArrayList<>(out);
    }

    public static List<String> tags(List<FieldError> errors, String field, List<String> values) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        if (values != null) {
            for (int i = 0; i < values.size(); i++) {
                String tag = values.get(i) == null ? "" : values.get(i).strip().toLowerCase(Locale.ROOT);
                if (!TAG.matcher(tag).matches()) {
                    errors.add(FieldError.of(field + "[" + i + "]", "crm.tag-format"));
                } else {
                    out.add(tag);
                }
            }
        }
        return new ArrayList<>(out);
    }

    /** A list stored in one text column: values never contain the separator (checked above). */
    public static String joined(List<String> values) {
        return values.isEmpty() ? null : String.join("\n", values);
    }

    public static List<String> split(String stored) {
        return stored == null || stored.isEmpty() ? List.of() : List.of(stored.split("\n"));
    }
}
