package com.doganhub.crm.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a CSV file as spreadsheets write it: RFC 4180 quoting, any line ending, a UTF-8 byte-order mark or none,
 * UTF-16 with its mark (Excel's "Unicode text"), and comma, semicolon or tab as the separator, whichever the header
 * line uses most (Excel writes semicolons where the decimal mark is a comma). Anything that is not text — a workbook,
 * a PDF, bytes that are not UTF-8 — is refused with the reason rather than read as garbage.
 */
public final class CsvReader {

    private CsvReader() {
    }

    /** Why a file cannot be read as CSV: a message code and its arguments. */
    public static final class NotCsv extends Exception {

        private static final long serialVersionUID = 1L;
        private final String code;
        private final transient Object[] args;

        NotCsv(String code, Object... args) {
            super(code, null, false, false);
            this.code = code;
            this.args = args;
        }

        public String code() {
            return code;
        }

        public Object[] args() {
            return args.clone();
        }
    }

    /** A record and the line of the file it starts on (the header is line 1). */
    public record Row(int line, List<String> cells) {
    }

    /** The header's cells and the data rows, blank rows left out. */
    public record Parsed(List<String> header, List<Row> rows) {
    }

    /** Parses {@code bytes}, refusing more than {@code maxRows} data rows as soon as the next one starts. */
    public static Parsed parse(byte[] bytes, int maxRows) throws NotCsv {
        String text = decode(bytes);
        if (text.isBlank()) {
            throw new NotCsv("crm.import-empty");
        }
        if (text.indexOf('\u0000') >= 0) {
            throw new NotCsv("crm.import-not-csv");
        }
        char separator = separator(text);
        List<Row> records = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        int line = 1;
        int recordLine = 1;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                        line++;
                    }
                    cell.append(c);
                }
            } else if (c == '"' && cell.length() == 0 && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else if (c == separator) {
                cells.add(cell.toString());
                cell.setLength(0);
                wasQuoted = false;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                cell.setLength(0);
                wasQuoted = false;
                add(records, new Row(recordLine, cells), maxRows);
                cells = new ArrayList<>();
                line++;
                recordLine = line;
            } else {
                cell.append(c);
            }
            i++;
        }
        if (quoted) {
            throw new NotCsv("crm.import-unclosed-quote", recordLine);
        }
        if (cell.length() > 0 || !cells.isEmpty() || wasQuoted) {
            cells.add(cell.toString());
            add(records, new Row(recordLine, cells), maxRows);
        }
        if (records.isEmpty()) {
            throw new NotCsv("crm.import-empty");
        }
        return new Parsed(records.get(0).cells().stream().map(String::strip).toList(), records.subList(1, records.size()));
    }

    private static void add(List<Row> records, Row row, int maxRows) throws NotCsv {
        if (row.cells().stream().allMatch(String::isBlank)) {
            return;
        }
        if (records.size() > maxRows) { // the header plus maxRows rows are already there
            throw new NotCsv("crm.import-too-many-rows", maxRows);
        }
        records.add(row);
    }

    private static String decode(byte[] bytes) throws NotCsv {
        if (starts(bytes, 0x50, 0x4B, 0x03, 0x04) || starts(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw new NotCsv("crm.import-spreadsheet");
        }
        if (starts(bytes, 0xFF, 0xFE)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (starts(bytes, 0xFE, 0xFF)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        int offset = starts(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException notUtf8) {
            throw new NotCsv(looksBinary(bytes) ? "crm.import-not-csv" : "crm.import-not-utf8");
        }
    }

    private static boolean looksBinary(byte[] bytes) {
        int controls = 0;
        int sample = Math.min(bytes.length, 4096);
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xFF;
            if (b < 0x09 || b > 0x0D && b < 0x20) {
                controls++;
            }
        }
        return controls > sample / 100;
    }

    private static boolean starts(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** The separator the header line uses most, outside quotes; a comma when it uses none. */
    private static char separator(String text) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        if (tabs > commas && tabs >= semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }
}
