package com.doganhub.integration.storage.internal.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class ContentSnifferTest {

    @Test
    void theBytesDecideNotTheName() {
        assertThat(sniff("%PDF-1.7\n...", "x.txt")).isEqualTo("application/pdf");
        assertThat(ContentSniffer.sniff(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0 }, 9, "a.pdf"))
                .isEqualTo("image/png");
        assertThat(ContentSniffer.sniff(new byte[] { (byte) 0xff, (byte) 0xd8, (byte) 0xff, 0 }, 4, "a")).isEqualTo("image/jpeg");
        assertThat(ContentSniffer.sniff(new byte[] { 'P', 'K', 3, 4, 0 }, 5, "book.xlsx"))
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(sniff("name,city\nسارة,الرياض\n", "customers.csv")).isEqualTo("text/csv");
        assertThat(sniff("<?xml version=\"1.0\"?><Invoice/>", "inv.xml")).isEqualTo("application/xml");
        assertThat(sniff("<script>alert(1)</script>", "page.html")).isEqualTo("text/plain");
        assertThat(ContentSniffer.sniff(new byte[] { 0, 1, 2, 3 }, 4, "a.txt")).isEqualTo("application/octet-stream");
    }

    @Test
    void clientNamesAreForDisplayOnly() {
        assertThat(FileService.displayName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(FileService.displayName("C:\\Users\\sara\\فاتورة 42.pdf")).isEqualTo("فاتورة 42.pdf");
        assertThat(FileService.displayName("..")).isEqualTo("file");
        assertThat(FileService.displayName("a\u0000b\r\n\"c.txt")).isEqualTo("abc.txt");
    }

    private static String sniff(String text, String name) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return ContentSniffer.sniff(bytes, bytes.length, name);
    }
}
