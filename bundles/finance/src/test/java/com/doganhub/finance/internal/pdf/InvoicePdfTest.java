package com.doganhub.finance.internal.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.ResultPoint;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

class InvoicePdfTest {

    /** The QR of ZATCA's SDK sample simplified invoice: vector sdk-simplified-invoice-qr of zatca's vectors.json. */
    private static final String SDK_SIMPLIFIED_INVOICE_QR =
            "ARNBY21lIFdpZGdldOKAmXMgTFREAg8zMTExMTExMTExMDExMTMDFDIwMjItMDgtMTdUMTc6NDE6MDhaBAYyMzEuMTUFBTMw"
            + "LjE1BixyLzJzaTYwQkVldzBOUUNITkhOZWpvd0xETGpWTlYvVlRUL1A4UVNMeE1rPQdgTUVVQ0lRQ29qbHZvQjZrRW94WkNz"
            + "amYrRlhyVG5lbXVKaTlwNkNFOTh4WGhHNWFtOUFJZ1N6WldYM2lSa05XNUdoNmNUQTdKdkEzSzlHWjZJcDFsdlEwSmVuM3Iw"
            + "OUU9CFgwVjAQBgcqhkjOPQIBBgUrgQQACgNCAARhgwyg5oVgCEw7+y16i19nJq+vqnXVJKXCwr1rOawtjtvVv4UuGowCuEHZ"
            + "2ocpujGoo1++QoN4+GmqO6LmFyfRCUYwRAIgOgjNPJW017lsIijmVQVkP7GzFO2KQKd9GHaukLgIWFsCIFJF9uwKhTMxDjWb"
            + "N+1awsnFI7RLBRxA/6hZ+F1wtaqU";
    /** Vector salla-arabic of the same file: a phase-1 QR (five tags, seller name in Arabic). */
    private static final String PHASE_ONE_ARABIC_QR =
            "AQbYs9mE2KkCCjEyMzQ1Njc4OTEDFDIwMjEtMDctMTJUMTQ6MjU6MDlaBAYxMDAuMDAFBTE1LjAw";
    private static final float RENDER_DPI = 200;
    private static final float POINTS_PER_PIXEL = 72 / RENDER_DPI;

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

    @Test
    void theZatcaQrPrintsAsACodeThatScansToThePayloadWithNoTextOverIt() throws Exception {
        byte[] bytes = pdf.render(invoice(false, List.of(line(1, "استشارات تقنية - Technical consulting")),
                SDK_SIMPLIFIED_INVOICE_QR));

        try (PDDocument document = Loader.loadPDF(bytes)) {
            Result scanned = scanFirstPage(document);
            assertThat(scanned.getText()).isEqualTo(SDK_SIMPLIFIED_INVOICE_QR);
            assertNoTextInside(document, codeWithQuietZone(scanned, SDK_SIMPLIFIED_INVOICE_QR));
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("ZATCA QR", "Tax Invoice", "Due date", "2026-04-01", "Al Noor Trading");
            assertThat(logical(text)).contains("رمز الاستجابة السريعة");
        }
    }

    @Test
    void aCreditNotesLongReasonWrapsBesideTheQrInsteadOfRunningUnderIt() throws Exception {
        String reason = "Goods returned damaged in transit, replacement refused by the customer after inspection";
        PrintableInvoice note = invoice(true, List.of(line(1, "Returned goods")), PHASE_ONE_ARABIC_QR);
        note = new PrintableInvoice(note.creditNote(), true, note.number(), note.uuid(), note.issueDate(),
                note.supplyDate(), note.dueDate(), note.originalNumber(), reason, note.seller(), note.buyer(),
                note.lines(), note.subtotals(), note.taxExclusive(), note.tax(), note.taxInclusive(), note.currency(),
                note.brand(), note.qrPayload());
        byte[] bytes = pdf.render(note);

        try (PDDocument document = Loader.loadPDF(bytes)) {
            Result scanned = scanFirstPage(document);
            assertThat(scanned.getText()).isEqualTo(PHASE_ONE_ARABIC_QR);
            assertNoTextInside(document, codeWithQuietZone(scanned, PHASE_ONE_ARABIC_QR));
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Simplified Credit Note", "Goods returned damaged", "after inspection");
        }
    }

    @Test
    void withoutAPayloadTheDocumentRendersWithNoQrCode() throws Exception {
        byte[] bytes = pdf.render(invoice(false, List.of(line(1, "Technical consulting"))));

        try (PDDocument document = Loader.loadPDF(bytes)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Tax Invoice").doesNotContain("ZATCA QR");
            assertThatThrownBy(() -> scanFirstPage(document)).isInstanceOf(NotFoundException.class);
        }
    }

    /**
     * Page 1 at 200 dpi, whole and uncropped, read with ZXing as a phone app would. PURE_BARCODE stays out of the
     * hints: QRCodeReader takes the mere presence of that key (even mapped to false) to mean the image is nothing
     * but the code, and would not look for it on the page.
     */
    private static Result scanFirstPage(PDDocument document) throws Exception {
        BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, RENDER_DPI);
        int width = page.getWidth();
        int height = page.getHeight();
        int[] pixels = page.getRGB(0, 0, width, height, null, 0, width);
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, pixels)));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
    }

    /**
     * Where the scanner found the code, widened by the four-module quiet zone, in points from the page's top left.
     * The first three result points are the finder patterns' centres (bottom left, top left, top right), each 3.5
     * modules in from the code's edges.
     */
    private static Rectangle2D codeWithQuietZone(Result scanned, String payload) {
        ResultPoint[] finders = scanned.getResultPoints();
        ResultPoint bottomLeft = finders[0];
        ResultPoint topLeft = finders[1];
        ResultPoint topRight = finders[2];
        int modules = InvoicePdf.qrModules(payload).getWidth();
        float module = (topRight.getX() - topLeft.getX()) / (modules - 7);
        assertThat(modules * module * POINTS_PER_PIXEL).as("printed side, points")
                .isCloseTo(InvoicePdf.QR_SIDE, within(2f));
        float reach = 3.5f * module + 4 * module;
        float left = (topLeft.getX() - reach) * POINTS_PER_PIXEL;
        float top = (topLeft.getY() - reach) * POINTS_PER_PIXEL;
        float right = (topRight.getX() + reach) * POINTS_PER_PIXEL;
        float bottom = (bottomLeft.getY() + reach) * POINTS_PER_PIXEL;
        return new Rectangle2D.Float(left, top, right - left, bottom - top);
    }

    /** Glyph boxes may touch the quiet zone's edge (the layout puts labels exactly there), not enter it. */
    private static void assertNoTextInside(PDDocument document, Rectangle2D area) throws IOException {
        Rectangle2D inner = new Rectangle2D.Double(area.getX() + 1, area.getY() + 1, area.getWidth() - 2,
                area.getHeight() - 2);
        List<String> inside = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition glyph) {
                Rectangle2D box = new Rectangle2D.Float(glyph.getXDirAdj(), glyph.getYDirAdj() - glyph.getHeightDir(),
                        glyph.getWidthDirAdj(), glyph.getHeightDir());
                if (box.intersects(inner)) {
                    inside.add(glyph.getUnicode() + " at " + box);
                }
            }
        };
        stripper.setStartPage(1);
        stripper.setEndPage(1);
        stripper.getText(document);
        assertThat(inside).as("text inside the QR code or its quiet zone " + area).isEmpty();
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
        return invoice(creditNote, lines, null);
    }

    private static PrintableInvoice invoice(boolean creditNote, List<PrintableInvoice.Line> lines, String qrPayload) {
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
                new PrintableInvoice.Brand("النور", "Al Noor", "#0A5C36", "#C8A24A"), qrPayload);
    }
}
