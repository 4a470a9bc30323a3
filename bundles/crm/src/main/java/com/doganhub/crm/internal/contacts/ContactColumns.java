package com.doganhub.crm.internal.contacts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.doganhub.crm.internal.fields.FieldEntity;
import com.doganhub.platform.api.LocalizedText;

/**
 * The columns of a contacts file. Export writes the headings below in the caller's language; import recognises them
 * in either language, their short English names ({@code name_ar}, {@code email}, ...) and a custom field by its key or
 * either label, whatever the case, spaces or dashes — so an exported file imports again as it is.
 */
final class ContactColumns {

    /** A standard column: its heading in both languages and the other names import accepts. */
    enum Standard {
        NAME_AR("الاسم بالعربية", "Arabic name", "name_ar", "arabic", "الاسم", "الاسم_العربي"),
        NAME_EN("الاسم بالإنجليزية", "English name", "name_en", "name", "full_name", "english"),
        EMAILS("البريد الإلكتروني", "Emails", "email", "e_mail", "email_address", "البريد"),
        PHONES("الهواتف", "Phones", "phone", "mobile", "telephone", "الهاتف", "الجوال"),
        COMPANY("الشركة", "Company", "company_name", "organisation", "organization"),
        TAGS("الوسوم", "Tags", "tag", "labels");

        private final LocalizedText heading;
        private final Set<String> names;

        Standard(String ar, String en, String... aliases) {
            this.heading = new LocalizedText(ar, en);
            List<String> all = new ArrayList<>(List.of(aliases));
            all.add(ar);
            all.add(en);
            all.add(name());
            this.names = Set.copyOf(all.stream().map(ContactColumns::normal).toList());
        }

        LocalizedText heading() {
            return heading;
        }
    }

    /** Export-only columns: import reads past them. */
    static final LocalizedText OWNER = new LocalizedText("المالك", "Owner");
    static final LocalizedText ID = new LocalizedText("المعرف", "Id");
    static final LocalizedText CREATED_AT = new LocalizedText("تاريخ الإنشاء", "Created at");

    /** Where each known column sits in a file's header. */
    record Layout(Map<Standard, Integer> standard, Map<String, Integer> custom, List<String> ignored,
            List<String> header) {

        String cell(List<String> cells, Standard column) {
            Integer at = standard.get(column);
            return at == null || at >= cells.size() ? null : value(cells.get(at));
        }

        String customCell(List<String> cells, String key) {
            Integer at = custom.get(key);
            return at == null || at >= cells.size() ? null : value(cells.get(at));
        }

        /** The heading the file itself uses for a column, to name it in the report. */
        String heading(Standard column) {
            Integer at = standard.get(column);
            return at == null ? column.heading().en() : header.get(at);
        }

        String customHeading(String key) {
            Integer at = custom.get(key);
            return at == null ? key : header.get(at);
        }

        boolean knowsAny() {
            return !standard.isEmpty() || !custom.isEmpty();
        }
    }

    private ContactColumns() {
    }

    /** Reads a header; a second column of the same meaning is listed as ignored rather than guessed at. */
    static Layout layout(List<String> header, List<FieldEntity> fields) {
        Map<String, String> fieldNames = new HashMap<>();
        for (FieldEntity field : fields) {
            fieldNames.put(normal(field.key()), field.key());
            fieldNames.put(normal(field.labelAr()), field.key());
            fieldNames.put(normal(field.labelEn()), field.key());
        }
        Map<Standard, Integer> standard = new java.util.EnumMap<>(Standard.class);
        Map<String, Integer> custom = new HashMap<>();
        List<String> ignored = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String name = normal(header.get(i));
            Standard known = null;
            for (Standard column : Standard.values()) {
                if (column.names.contains(name)) {
                    known = column;
                }
            }
            if (known != null && !standard.containsKey(known)) {
                standard.put(known, i);
            } else if (known == null && fieldNames.containsKey(name) && !custom.containsKey(fieldNames.get(name))) {
                custom.put(fieldNames.get(name), i);
            } else {
                ignored.add(header.get(i));
            }
        }
        return new Layout(standard, custom, ignored, header);
    }

    static String normal(String heading) {
        return heading == null ? "" : heading.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-()]+", "_")
                .replaceAll("^_|_$", "");
    }

    /**
     * A cell's value: blank is none, and the apostrophe our export (and spreadsheets) put before a text starting with
     * {@code = + - @}, so that it is not run as a formula, is taken off again — {@code '+966…} is a phone number.
     */
    static String value(String cell) {
        if (cell == null || cell.isBlank()) {
            return null;
        }
        String value = cell.strip();
        return value.length() > 1 && value.charAt(0) == '\'' && "=+-@".indexOf(value.charAt(1)) >= 0
                ? value.substring(1) : value;
    }
}
