package com.doganhub.platform.api.export;

import java.util.Locale;

/**
 * Writes a {@link Table} with the headings of the caller's language (Arabic for an Arabic locale, English otherwise).
 * CSV is RFC 4180 in UTF-8 with a byte-order mark, so spreadsheets read Arabic right, and a text cell a spreadsheet
 * would run as a formula is prefixed with an apostrophe. XLSX keeps numbers numeric and dates as dates, and reads
 * right to left in Arabic.
 */
public interface TableExport {

    String CSV_MEDIA_TYPE = "text/csv; charset=UTF-8";
    String XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    byte[] csv(Table table, Locale locale);

    byte[] xlsx(Table table, Locale locale);
}
