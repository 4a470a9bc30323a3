package com.doganhub.platform.web.internal.export;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import com.doganhub.platform.api.export.Table;

/**
 * RFC 4180 CSV in UTF-8 with a byte-order mark (so Excel reads Arabic right), headings in the caller's language,
 * amounts as plain decimals, then the totals row. Text cells that a spreadsheet would run as formulas (starting with
 * {@code = + - @}, tab or return) are prefixed with an apostrophe; numbers never are.
 */
final class CsvFormat {

    private CsvFormat() {
    }

    static byte[] write(Table table, Locale locale) {
        StringBuilder out = new StringBuilder("\uFEFF");
        boolean first = true;
        for (Table.Column column : table.columns()) {
            out.append(first ? "" : ",").append(cell(column.heading().in(locale)));
            first = false;
        }
        out.append("\r\n");
        for (Map<String, Object> row : table.rows()) {
            line(out, table, row);
        }
        if (table.totals() != null && !table.totals().isEmpty()) {
            line(out, table, table.totals());
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder out, Table table, Map<String, Object> row) {
        boolean first = true;
        for (Table.Column column : table.columns()) {
            Object value = row.get(column.key());
            out.append(first ? "" : ",").append(value == null ? "" : value instanceof Number ? text(value) : cell(text(value)));
            first = false;
        }
        out.append("\r\n");
    }

    private static String text(Object value) {
        return value instanceof BigDecimal decimal ? decimal.toPlainString() : String.valueOf(value);
    }

    static String cell(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
