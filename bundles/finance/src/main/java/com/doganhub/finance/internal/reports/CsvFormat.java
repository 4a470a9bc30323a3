package com.doganhub.finance.internal.reports;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * RFC 4180 CSV in UTF-8 with a byte-order mark (so Excel reads Arabic right), headings in the caller's language,
 * amounts as plain decimals, then the totals row. Text cells that a spreadsheet would run as formulas (starting with
 * {@code = + - @}, tab or return) are prefixed with an apostrophe; numbers never are.
 */
final class CsvFormat {

    private CsvFormat() {
    }

    static byte[] write(Report report, boolean arabic) {
        StringBuilder out = new StringBuilder("\uFEFF");
        boolean first = true;
        for (Report.Column column : report.columns()) {
            out.append(first ? "" : ",").append(cell(column.heading(arabic)));
            first = false;
        }
        out.append("\r\n");
        for (Map<String, Object> row : report.rows()) {
            line(out, report, row);
        }
        if (report.totals() != null && !report.totals().isEmpty()) {
            line(out, report, report.totals());
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder out, Report report, Map<String, Object> row) {
        boolean first = true;
        for (Report.Column column : report.columns()) {
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
