package com.doganhub.finance.internal.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class InvoicePdfTest {

    private final InvoicePdf pdf = new InvoicePdf();

    @Test
    void printsEveryZatcaFieldInBothLanguagesWithEmbeddedFonts() throws Exception {
        byte[] bytes = pdf.render(invoice(false, List.of(line(1, "استشارات تقنية - Technical consulting"))));

        try (PDDocument document = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Tax Invoice", "INV-000042", "300000000000003", "310122393500003",
                    "Al Noor Trading", "Total excluding VAT", "1,000.00", "150.00", "1,150.00", "Supply date",
                    "2026-03-01", "1234 King Fahd Road, Al Olaya, Riyadh 12211", "1010010000");
            String arabic = logical(text);
            assertThat(arabic).contains("فاتورة ضريبية", "الرقم الضريبي", "الإجمالي شامل ضريبة القيمة المضافة",
                    "شركة النور للتجارة");
            for (PDFont font : List.of(document.getPage(0).getResources().getFontNames()).stream()
                    .flatMap(names -> java.util.stream.StreamSupport.stream(names.spliterator(), false))
                    .map(name -> {
                        try {
                            return document.getPage(0).getResources().getFont(name);
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }).toList()) {
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
            }
        }
    }

    @Test
    void unitPricesKeepTheirDecimalsWhileAmountsShowTwo() {
        assertThat(InvoicePdf.price(new BigDecimal("33.335"))).isEqualTo("33.335");
        assertThat(InvoicePdf.price(new BigDecimal("1234.5"))).isEqualTo("1,234.50");
        assertThat(InvoicePdf.price(new BigDecimal("1234.123456"))).isEqualTo("1,234.123456");
        assertThat(InvoicePdf.money(new BigDecimal("1150"))).isEqualTo("1,150.00");
    }

    @Test
    void arabicIsShapedIntoJoinedFormsAndDrawnRightToLeft() {
        String visual = BidiText.visual("فاتورة");

        // presentation forms (joined letters) in visual order: the last letter (ة, final form) comes first
        assertThat(visual.codePoints().allMatch(cp -> cp >= 0xFE70 && cp <= 0xFEFF)).isTrue();
        assertThat(visual.charAt(0)).isEqualTo('\uFE93'); // TEH MARBUTA isolated: REH before it never joins forward
        assertThat(visual.charAt(visual.length() - 1)).isEqualTo('\uFED3'); // FEH initial form, drawn last (leftmost)
        assertThat(Normalizer.normalize(new StringBuilder(visual).reverse().toString(), Normalizer.Form.NFKC))
                .isEqualTo("فاتورة");
        assertThat(BidiText.visual("Invoice 42")).isEqualTo("Invoice 42");
    }

    @Test
    void aCreditNoteNamesItsInvoiceAndReasonAndLongInvoicesBreakPages() throws Exception {
        List<PrintableInvoice.Line> lines = new ArrayList<>();
        for (int i = 1; i <= 80; i++) {
            lines.add(line(i, "Item number " + i + " with a description long enough to wrap onto a second line of the table"));
        }
        byte[] bytes = pdf.render(invoice(true, lines));

        try (PDDocument document = Loader.loadPDF(bytes)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Credit Note", "Original invoice", "INV-000041", "Goods returned", "Item number 80");
        }
    }

    @Test
    void documentsRenderedAtOnceByManyThreadsAreEachWhole() throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<byte[]>> rendered = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String description = "Item " + i + " بند";
                rendered.add(pool.submit(() -> pdf.render(invoice(false, List.of(line(1, description))))));
            }
            for (int i = 0; i < rendered.size(); i++) {
                try (PDDocument document = Loader.loadPDF(rendered.get(i).get())) {
                    assertThat(new PDFTextStripper().getText(document)).contains("Item " + i + " ", "Tax Invoice");
                }
            }
        } finally {
            pool.shutdownNow();
        }
        pdf.closeFonts();
    }

    @Test
    void aCharacterTheFontLacksPrintsAsAQuestionMarkInsteadOfFailing() throws Exception {
        byte[] bytes = pdf.render(invoice(false, List.of(line(1, "Kanji \u6F22 item"))));

        try (PDDocument document = Loader.loadPDF(bytes)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Kanji ? item");
        }
    }

    /** PDF text comes back in visual order with presentation forms: undo both to compare with logical Arabic. */
    private static String logical(String visualText) {
        StringBuilder out = new StringBuilder();
        for (String line : visualText.split("\n")) {
            out.append(Normalizer.normalize(line, Normalizer.Form.NFKC)).append('\n');
            out.append(Normalizer.normalize(new StringBuilder(line).reverse().toString(), Normalizer.Form.NFKC)).append('\n');
        }
        return out.toString();
    }

    private static PrintableInvoice.Line line(int number, String description) {
        return new PrintableInvoice.Line(number, description, new BigDecimal("2"), new BigDecimal("500.00"),
                BigDecimal.ZERO, "S", new BigDecimal("15.00"), new BigDecimal("150.00"), new BigDecimal("1150.00"));
    }

    private static PrintableInvoice invoice(boolean creditNote, List<PrintableInvoice.Line> lines) {
        return new PrintableInvoice(creditNote, false, creditNote ? "CRN-000003" : "INV-000042",
                "8d487816-70b8-4ade-a618-9d620b73814a", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 4, 1), creditNote ? "INV-000041" : null, creditNote ? "Goods returned" : null,
                new PrintableInvoice.Party("شركة النور للتجارة", "Al Noor Trading", "300000000000003", "1010010000",
                        "1234 King Fahd Road, Al Olaya, Riyadh 12211"),
                new PrintableInvoice.Party("مؤسسة الأفق", "Al Ufuq Est.", "310122393500003", null,
                        "5678 Prince Sultan St, Al Rawdah, Jeddah 23431"),
                lines, List.of(new PrintableInvoice.Subtotal("S", new BigDecimal("15.00"), new BigDecimal("1000.00"),
                        new BigDecimal("150.00"), null, null)),
                new BigDecimal("1000.00"), new BigDecimal("150.00"), new BigDecimal("1150.00"), "SAR",
                new PrintableInvoice.Brand("النور", "Al Noor", "#0A5C36", "#C8A24A"));
    }
}
