package com.doganhub.finance.internal.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.doganhub.platform.api.LocalizedText;
import com.doganhub.platform.api.export.Table;

/**
 * A finished report: bilingual title and column headings, rows of values by column key (amounts as BigDecimal,
 * dates as LocalDate) and a totals row. JSON writes it as it is; CSV and XLSX write the headings of the caller's
 * language.
 */
public record Report(String report, String titleAr, String titleEn, LocalDate from, LocalDate to, List<Column> columns,
        List<Map<String, Object>> rows, Map<String, Object> totals) {

    /** What a column holds, which decides how CSV and XLSX write it. */
    public enum Kind {
        TEXT,
        AMOUNT,
        DATE,
        NUMBER
    }

    public record Column(String key, String headingAr, String headingEn, Kind kind) {
    }

    /** The report as the platform's spreadsheets write it, its period after the title. */
    public Table table() {
        String period = from == null && to == null ? ""
                : " (" + (from == null ? "" : from + " – ") + (to == null ? "" : to) + ")";
        return new Table(report, new LocalizedText(titleAr + period, titleEn + period),
                columns.stream().map(column -> new Table.Column(column.key(),
                        new LocalizedText(column.headingAr(), column.headingEn()), Table.Kind.valueOf(column.kind().name())))
                        .toList(), rows, totals);
    }
}
