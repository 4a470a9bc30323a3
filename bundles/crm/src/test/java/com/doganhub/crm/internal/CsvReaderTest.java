package com.doganhub.crm.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

class CsvReaderTest {

    @Test
    void readsQuotingEmbeddedLinesAndEveryLineEndingWithLinesCountedAsASpreadsheetDoes() throws Exception {
        CsvReader.Parsed parsed = CsvReader.parse(utf8("\uFEFFname,notes\r\n\"Sara, Al-Harbi\",\"says \"\"hi\"\"\nthen leaves\"\r\n"
                + "\r\n,,\nOmar,plain\rLast,row"), 10);

        assertThat(parsed.header()).containsExactly("name", "notes");
        assertThat(parsed.rows()).extracting(CsvReader.Row::line).containsExactly(2, 6, 7);
        assertThat(parsed.rows().get(0).cells()).containsExactly("Sara, Al-Harbi", "says \"hi\"\nthen leaves");
        assertThat(parsed.rows().get(1).cells()).containsExactly("Omar", "plain");
        assertThat(parsed.rows().get(2).cells()).containsExactly("Last", "row");
    }

    @Test
    void takesTheSeparatorTheHeaderUses() throws Exception {
        assertThat(CsvReader.parse(utf8("name;email\nسارة;s@example.com\n"), 10).rows().get(0).cells())
                .containsExactly("سارة", "s@example.com");
        assertThat(CsvReader.parse(utf8("name\temail\nOmar\to@example.com"), 10).rows().get(0).cells())
                .containsExactly("Omar", "o@example.com");
    }

    @Test
    void readsUtf16WithItsMarkAsExcelSavesUnicodeText() throws Exception {
        byte[] text = "name\temail\r\nنورة\tn@example.com\r\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] file = new byte[text.length + 2];
        file[0] = (byte) 0xFF;
        file[1] = (byte) 0xFE;
        System.arraycopy(text, 0, file, 2, text.length);

        assertThat(CsvReader.parse(file, 10).rows().get(0).cells()).containsExactly("نورة", "n@example.com");
    }

    @Test
    void refusesWhatIsNotCsvWithTheReason() throws Exception {
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(xlsx)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
        }
        assertRefused(xlsx.toByteArray(), "crm.import-spreadsheet");
        assertRefused(new byte[] { 'n', 'a', 'm', 'e', '\n', (byte) 0xC7, (byte) 0xD3, 'x' }, "crm.import-not-utf8"); // Windows-1256
        assertRefused(new byte[] { 0x00, 0x01, 0x02, 0x03, (byte) 0x89, 0x50, 0x4E, 0x47, 0x05, 0x06 }, "crm.import-not-csv");
        assertRefused(utf8("  \r\n"), "crm.import-empty");
        assertRefused(utf8("name\n\"never closed\nOmar"), "crm.import-unclosed-quote");
    }

    @Test
    void refusesMoreRowsThanTheLimitWithoutReadingOnButBlankRowsDoNotCount() throws Exception {
        assertThat(CsvReader.parse(utf8("name\na\n\n\nb\nc\n"), 3).rows()).hasSize(3);
        assertThatThrownBy(() -> CsvReader.parse(utf8("name\na\nb\nc\nd\n"), 3))
                .isInstanceOfSatisfying(CsvReader.NotCsv.class, refused -> {
                    assertThat(refused.code()).isEqualTo("crm.import-too-many-rows");
                    assertThat(List.of(refused.args())).containsExactly(3);
                });
    }

    private static void assertRefused(byte[] file, String code) {
        assertThatThrownBy(() -> CsvReader.parse(file, 10)).isInstanceOfSatisfying(CsvReader.NotCsv.class,
                refused -> assertThat(refused.code()).isEqualTo(code));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
