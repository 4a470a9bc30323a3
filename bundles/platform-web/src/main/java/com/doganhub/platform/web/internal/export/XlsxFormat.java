package com.doganhub.platform.web.internal.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.doganhub.platform.api.export.Table;

/**
 * A minimal Office Open XML workbook (one sheet): the title if there is one, the headings in the caller's language in bold, the rows
 * with amounts as numbers formatted {@code #,##0.00}, and the totals in bold; right to left when the caller reads
 * Arabic. Written by hand — six small XML parts in a zip — rather than pulling Apache POI and its dependencies into
 * the runtime; the tests read every file back with POI.
 */
final class XlsxFormat {

    private XlsxFormat() {
    }

    static byte[] write(Table table, Locale locale) {
        boolean arabic = "ar".equals(locale == null ? null : locale.getLanguage());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            part(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                    <Default Extension="xml" ContentType="application/xml"/>\
                    <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
                    <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
                    <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
                    </Types>""");
            part(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
                    </Relationships>""");
            part(zip, "xl/workbook.xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
                    xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
                    <sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>""".formatted(
                    xml(sheetName(table.name()))));
            part(zip, "xl/_rels/workbook.xml.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>\
                    <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
                    </Relationships>""");
            // styles: 0 plain, 1 bold, 2 amount, 3 bold amount, 4 date, 5 date and time
            part(zip, "xl/styles.xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
                    <numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0.00"/></numFmts>\
                    <fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>\
                    <fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
                    <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
                    <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
                    <cellXfs count="6"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
                    <xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>\
                    <xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
                    <xf numFmtId="164" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/>\
                    <xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
                    <xf numFmtId="22" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>\
                    </styleSheet>""");
            part(zip, "xl/worksheets/sheet1.xml", sheet(table, locale, arabic));
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        return bytes.toByteArray();
    }

    private static String sheet(Table table, Locale locale, boolean arabic) {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
                .append("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">")
                .append("<sheetViews><sheetView workbookViewId=\"0\"").append(arabic ? " rightToLeft=\"1\"" : "")
                .append("/></sheetViews><sheetData>");
        int row = 1;
        if (table.title() != null) {
            out.append("<row r=\"").append(row).append("\">");
            text(out, cell(0, row), table.title().in(locale), 1);
            out.append("</row>");
            row += 2;
        }
        out.append("<row r=\"").append(row).append("\">");
        for (int c = 0; c < table.columns().size(); c++) {
            text(out, cell(c, row), table.columns().get(c).heading().in(locale), 1);
        }
        out.append("</row>");
        for (Map<String, Object> values : table.rows()) {
            row++;
            values(out, table, values, row, false);
        }
        if (table.totals() != null && !table.totals().isEmpty()) {
            row++;
            values(out, table, table.totals(), row, true);
        }
        return out.append("</sheetData></worksheet>").toString();
    }

    private static void values(StringBuilder out, Table table, Map<String, Object> values, int row, boolean bold) {
        out.append("<row r=\"").append(row).append("\">");
        for (int c = 0; c < table.columns().size(); c++) {
            Object value = values.get(table.columns().get(c).key());
            if (value == null) {
                continue;
            }
            String ref = cell(c, row);
            if (value instanceof BigDecimal amount) {
                out.append("<c r=\"").append(ref).append("\" s=\"").append(bold ? 3 : 2).append("\"><v>")
                        .append(amount.toPlainString()).append("</v></c>");
            } else if (value instanceof Number number) {
                out.append("<c r=\"").append(ref).append("\"><v>").append(number).append("</v></c>");
            } else if (value instanceof LocalDate date) {
                out.append("<c r=\"").append(ref).append("\" s=\"4\"><v>").append(serial(date)).append("</v></c>");
            } else if (value instanceof LocalDateTime time) {
                double serial = serial(time.toLocalDate())
                        + time.toLocalTime().truncatedTo(ChronoUnit.SECONDS).toSecondOfDay() / 86400.0;
                out.append("<c r=\"").append(ref).append("\" s=\"5\"><v>").append(serial).append("</v></c>");
            } else {
                text(out, ref, String.valueOf(value), bold ? 1 : 0);
            }
        }
        out.append("</row>");
    }

    private static long serial(LocalDate date) {
        return date.toEpochDay() - LocalDate.of(1899, 12, 30).toEpochDay();
    }

    private static void text(StringBuilder out, String ref, String value, int style) {
        out.append("<c r=\"").append(ref).append("\" t=\"inlineStr\"").append(style == 0 ? "" : " s=\"" + style + "\"")
                .append("><is><t xml:space=\"preserve\">").append(xml(value)).append("</t></is></c>");
    }

    static String cell(int column, int row) {
        StringBuilder name = new StringBuilder();
        int c = column + 1;
        while (c > 0) {
            int remainder = (c - 1) % 26;
            name.insert(0, (char) ('A' + remainder));
            c = (c - 1) / 26;
        }
        return name.toString() + row;
    }

    private static String sheetName(String wanted) {
        String name = wanted.replaceAll("[\\[\\]:*?/\\\\]", "-");
        return name.length() > 31 ? name.substring(0, 31) : name;
    }

    /** XML text: escaped, and characters XML 1.0 forbids left out. */
    static String xml(String value) {
        StringBuilder out = new StringBuilder(value.length());
        value.codePoints().forEach(cp -> {
            switch (cp) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD)
                            || cp >= 0x10000) {
                        out.appendCodePoint(cp);
                    }
                }
            }
        });
        return out.toString();
    }

    private static void part(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
