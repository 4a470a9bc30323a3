package com.doganhub.platform.web.internal.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import com.doganhub.platform.api.LocalizedText;
import com.doganhub.platform.api.export.Table;
import com.doganhub.platform.api.export.Table.Column;
import com.doganhub.platform.api.export.Table.Kind;

class TableFormatsTest {

    private static final Locale ARABIC = Locale.forLanguageTag("ar");

    private final Table report = new Table("trial-balance", new LocalizedText("ميزان المراجعة (2026-01-01 – 2026-03-31)",
            "Trial balance (2026-01-01 – 2026-03-31)"), List.of(column("code", "رمز الحساب", "Account code", Kind.TEXT),
                    column("name", "اسم الحساب", "Account name", Kind.TEXT),
                    column("date", "التاريخ", "Date", Kind.DATE),
                    column("debit", "مدين", "Debit", Kind.AMOUNT)),
            List.of(row("1110", "=cmd|' /C calc'!A0", LocalDate.of(2026, 3, 5), "1234.50"),
                    row("4110", "Sales, \"retail\" & <wholesale>", null, "0.05")),
            row(null, "Total", null, "1234.55"));

    @Test
    void xlsxReadsBackInPoiWithNumbersDatesAndArabicHeadings() throws Exception {
        byte[] bytes = XlsxFormat.write(report, ARABIC);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("trial-balance");
            assertThat(sheet.isRightToLeft()).isTrue();
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).startsWith("ميزان المراجعة");
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("اسم الحساب");
            assertThat(sheet.getRow(3).getCell(3).getNumericCellValue()).isEqualTo(1234.50);
            assertThat(sheet.getRow(3).getCell(3).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(sheet.getRow(3).getCell(2).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 3, 5));
            assertThat(sheet.getRow(4).getCell(1).getStringCellValue()).isEqualTo("Sales, \"retail\" & <wholesale>");
            assertThat(sheet.getRow(5).getCell(3).getNumericCellValue()).isEqualTo(1234.55);
            assertThat(workbook.getFontAt(sheet.getRow(5).getCell(3).getCellStyle().getFontIndex()).getBold()).isTrue();
        }
    }

    @Test
    void xlsxInEnglishReadsLeftToRight() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(XlsxFormat.write(report, Locale.ENGLISH)))) {
            assertThat(workbook.getSheetAt(0).isRightToLeft()).isFalse();
            assertThat(workbook.getSheetAt(0).getRow(2).getCell(1).getStringCellValue()).isEqualTo("Account name");
        }
    }

    @Test
    void csvHasABomQuotesWhatNeedsQuotingAndDefusesFormulas() {
        String csv = new String(CsvFormat.write(report, Locale.ENGLISH), StandardCharsets.UTF_8);

        assertThat(csv).startsWith("\uFEFFAccount code,Account name,Date,Debit\r\n");
        assertThat(csv).contains("1110,'=cmd|' /C calc'!A0,2026-03-05,1234.50\r\n");
        assertThat(csv).contains("4110,\"Sales, \"\"retail\"\" & <wholesale>\",,0.05\r\n");
        assertThat(csv).endsWith(",Total,,1234.55\r\n");
        assertThat(new String(CsvFormat.write(report, ARABIC), StandardCharsets.UTF_8)).startsWith("\uFEFFرمز الحساب,");
    }

    @Test
    void withoutATitleTheHeadingsComeFirstAndTimesAreSpreadsheetTimes() throws Exception {
        Table contacts = new Table("contacts", null, List.of(column("name", "الاسم", "Name", Kind.TEXT),
                column("created", "أنشئ", "Created", Kind.DATE_TIME)),
                List.of(Map.of("name", "سارة", "created", LocalDateTime.of(2026, 11, 28, 14, 30, 15))), null);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(XlsxFormat.write(contacts, ARABIC)))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("الاسم");
            assertThat(sheet.getRow(1).getCell(1).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 11, 28, 14, 30, 15));
        }
        assertThat(new String(CsvFormat.write(contacts, Locale.ENGLISH), StandardCharsets.UTF_8))
                .isEqualTo("\uFEFFName,Created\r\nسارة,2026-11-28T14:30:15\r\n");
    }

    @Test
    void columnLettersGoPastZ() {
        assertThat(XlsxFormat.cell(0, 1)).isEqualTo("A1");
        assertThat(XlsxFormat.cell(25, 3)).isEqualTo("Z3");
        assertThat(XlsxFormat.cell(26, 3)).isEqualTo("AA3");
        assertThat(XlsxFormat.xml("a\u0001b")).isEqualTo("ab");
    }

    private static Column column(String key, String ar, String en, Kind kind) {
        return new Column(key, new LocalizedText(ar, en), kind);
    }

    private static Map<String, Object> row(String code, String name, LocalDate date, String debit) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("code", code);
        row.put("name", name);
        row.put("date", date);
        row.put("debit", new BigDecimal(debit));
        return row;
    }
}
