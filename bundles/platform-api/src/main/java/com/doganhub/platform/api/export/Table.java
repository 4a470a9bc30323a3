package com.doganhub.platform.api.export;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.doganhub.platform.api.LocalizedText;

/**
 * Rows of values by column key under bilingual headings, and an optional totals row written in bold. Values are
 * {@code String}, {@code BigDecimal} (amounts), other {@code Number}s, {@code LocalDate} or {@code LocalDateTime};
 * {@code null} is an empty cell.
 *
 * @param name the sheet's name (and a file name's stem)
 * @param title a title row above the headings in XLSX, or {@code null} for none; CSV never has one, so it reads back
 */
public record Table(String name, LocalizedText title, List<Column> columns, List<Map<String, Object>> rows,
        Map<String, Object> totals) {

    public Table {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** How a column's cells are written: amounts with two decimals, dates as spreadsheet dates. */
    public enum Kind {
        TEXT,
        AMOUNT,
        NUMBER,
        DATE,
        DATE_TIME
    }

    /** A column: the key of its values in each row and its heading in both languages. */
    public record Column(String key, LocalizedText heading, Kind kind) {

        public Column {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(heading, "heading");
            Objects.requireNonNull(kind, "kind");
        }
    }
}
