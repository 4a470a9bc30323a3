package com.doganhub.finance.internal.pdf;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * Renders a {@link PrintableInvoice} as an A4 PDF in Arabic and English side by side: English labels on the left,
 * Arabic on the right, shaped and right to left; DejaVu Sans (shipped in the bundle, subset into each document)
 * covers both scripts. Thread-safe: each call builds its own document with fonts no other call uses meanwhile.
 */
@Component(service = InvoicePdf.class)
public class InvoicePdf {

    private static final float MARGIN = PageWriter.MARGIN;
    private static final float RIGHT = PageWriter.RIGHT;
    /** Where a row's value starts, between its English label on the left and its Arabic one on the right. */
    private static final float VALUE_X = MARGIN + 230;
    /** Right edge of right-to-left values, so they stay clear of the Arabic labels. */
    private static final float RTL_VALUE_RIGHT = MARGIN + 370;

    /**
     * 32 mm square, a little over the usual 30: a phase-2 QR (about 510 characters) takes 89 modules at level M, and
     * at 30 mm a 200 dpi scan of the page gets 2.65 pixels a module (nearly 8 pixels to 3 modules), where ZXing
     * mismeasured the finder patterns and did not decode; scans at 170 to 300 dpi failed 7 times in 66 at 30 mm,
     * once at 32 mm.
     */
    static final float QR_SIDE = 32 / 25.4f * 72;
    /** The clear margin scanners need round a QR code, in modules. */
    private static final int QR_QUIET_MODULES = 4;

    private static final int IDLE_FONTS_KEPT = 8;

    /**
     * The fonts' bytes, read once, and parsed fonts lent to one document at a time. Reading the fonts from the bundle
     * jar and parsing them for every document was the largest cost of issuing an invoice under load; a parsed font
     * is reused by later documents but never shared by two at once (fontbox does not promise that is safe).
     */
    private final byte[] regularFont = resource("fonts/DejaVuSans.ttf");
    private final byte[] boldFont = resource("fonts/DejaVuSans-Bold.ttf");
    private final ConcurrentLinkedQueue<TrueTypeFont[]> idleFonts = new ConcurrentLinkedQueue<>();
    private final AtomicInteger idleCount = new AtomicInteger();

    @Deactivate
    void closeFonts() {
        for (TrueTypeFont[] fonts = idleFonts.poll(); fonts != null; fonts = idleFonts.poll()) {
            close(fonts);
        }
    }

    public byte[] render(PrintableInvoice invoice) {
        TrueTypeFont[] fonts = borrowFonts();
        try {
            return render(invoice, fonts);
        } finally {
            returnFonts(fonts);
        }
    }

    private byte[] render(PrintableInvoice invoice, TrueTypeFont[] fonts) {
        try (PDDocument document = new PDDocument()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(title(invoice).en() + " " + invoice.number());
            info.setCreator("DoganHub");
            PageWriter writer = new PageWriter(document, PDType0Font.load(document, fonts[0], true),
                    PDType0Font.load(document, fonts[1], true), colour(invoice.brand().primaryColor()));
            writer.newPage();
            header(writer, invoice);
            parties(writer, invoice);
            lines(writer, invoice);
            totals(writer, invoice);
            writer.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException failed) {
            throw new UncheckedIOException("could not render invoice " + invoice.number(), failed);
        }
    }

    private static void header(PageWriter w, PrintableInvoice invoice) throws IOException {
        w.bold(invoice.brand().nameEn(), MARGIN, 16);
        w.boldRight(invoice.brand().nameAr(), RIGHT, 16);
        w.down(26);
        Label title = title(invoice);
        w.bold(title.en(), MARGIN, 14);
        w.boldRight(title.ar(), RIGHT, 14);
        float titleBaseline = w.y;
        w.down(22);
        List<HeaderRow> rows = headerRows(invoice);
        QrPlacement qr = invoice.qrPayload() == null ? null : placeQr(w, invoice.qrPayload(), rows, titleBaseline);
        for (HeaderRow headerRow : rows) {
            if (qr == null) {
                row(w, headerRow.label(), headerRow.value());
            } else {
                rowBesideQr(w, headerRow.label(), headerRow.value(), qr.left() - qr.quietZone());
            }
        }
        w.small("UUID " + invoice.uuid(), MARGIN, 7);
        w.down(16);
        if (qr != null) {
            float captionBaseline = drawQr(w, qr);
            w.y = Math.min(w.y, captionBaseline - 16);
        }
    }

    private static List<HeaderRow> headerRows(PrintableInvoice invoice) {
        List<HeaderRow> rows = new ArrayList<>();
        rows.add(new HeaderRow(new Label("الرقم", "Number"), invoice.number()));
        rows.add(new HeaderRow(new Label("تاريخ الإصدار", "Issue date"), String.valueOf(invoice.issueDate())));
        if (invoice.supplyDate() != null) {
            rows.add(new HeaderRow(new Label("تاريخ التوريد", "Supply date"), String.valueOf(invoice.supplyDate())));
        }
        if (!invoice.creditNote() && invoice.dueDate() != null) {
            rows.add(new HeaderRow(new Label("تاريخ الاستحقاق", "Due date"), String.valueOf(invoice.dueDate())));
        }
        if (invoice.creditNote()) {
            rows.add(new HeaderRow(new Label("الفاتورة الأصلية", "Original invoice"), invoice.originalNumber()));
            rows.add(new HeaderRow(new Label("سبب الإشعار", "Reason"), invoice.reason()));
        }
        return rows;
    }

    /**
     * The header's rows span the page (English label, value, Arabic label), so the QR code takes the gap between
     * the values and the Arabic labels, which holds in both reading directions: right of every value, left of the
     * widest Arabic label and under the title, each with a quiet zone. Values that would reach it wrap instead.
     */
    private static QrPlacement placeQr(PageWriter w, String payload, List<HeaderRow> rows, float titleBaseline)
            throws IOException {
        BitMatrix modules = qrModules(payload);
        float quietZone = QR_QUIET_MODULES * QR_SIDE / modules.getWidth();
        float widestArabicLabel = 0;
        for (HeaderRow row : rows) {
            widestArabicLabel = Math.max(widestArabicLabel, w.width(row.label().ar(), 9));
        }
        float right = RIGHT - widestArabicLabel - quietZone;
        float top = titleBaseline - w.descent(14) - quietZone;
        return new QrPlacement(modules, right - QR_SIDE, top, quietZone);
    }

    /** Draws the QR code and, centred under it, its caption in both languages; answers the caption's last baseline. */
    private static float drawQr(PageWriter w, QrPlacement qr) throws IOException {
        w.qrCode(qr.modules(), qr.left(), qr.top(), QR_SIDE);
        float centre = qr.left() + QR_SIDE / 2;
        float englishBaseline = qr.top() - QR_SIDE - qr.quietZone() - 7;
        w.centred("ZATCA QR", centre, englishBaseline, 7);
        float arabicBaseline = englishBaseline - 9;
        w.centred("رمز الاستجابة السريعة", centre, arabicBaseline, 7);
        return arabicBaseline;
    }

    /**
     * The payload as QR modules, one bit each and no margin (the page leaves the quiet zone). Level M recovers 15%
     * of damaged modules, enough for a printed page, while a phase-2 payload still gets modules of about 1 pt.
     */
    static BitMatrix qrModules(String payload) {
        try {
            return new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0));
        } catch (WriterException tooLong) {
            throw new IllegalArgumentException(
                    "a QR code cannot hold the ZATCA QR payload (" + payload.length() + " characters)", tooLong);
        }
    }

    private static void parties(PageWriter w, PrintableInvoice invoice) throws IOException {
        w.rule();
        w.down(14);
        party(w, new Label("البائع", "Seller"), invoice.seller());
        if (invoice.buyer() != null && (invoice.buyer().nameAr() != null || invoice.buyer().nameEn() != null)) {
            party(w, new Label("المشتري", "Buyer"), invoice.buyer());
        }
    }

    private static void party(PageWriter w, Label label, PrintableInvoice.Party party) throws IOException {
        w.bold(label.en(), MARGIN, 10);
        w.boldRight(label.ar(), RIGHT, 10);
        w.down(14);
        if (party.nameEn() != null) {
            w.text(party.nameEn(), MARGIN, 10);
        }
        if (party.nameAr() != null) {
            w.right(party.nameAr(), RIGHT, 10);
        }
        w.down(13);
        if (party.vatNumber() != null) {
            row(w, new Label("الرقم الضريبي", "VAT number"), party.vatNumber());
        }
        if (party.crNumber() != null) {
            row(w, new Label("السجل التجاري", "CR number"), party.crNumber());
        }
        if (party.address() != null) {
            row(w, new Label("العنوان", "Address"), party.address());
        }
        w.down(8);
    }

    private static final float[] COLUMNS = {MARGIN, MARGIN + 22, MARGIN + 215, MARGIN + 265, MARGIN + 330, MARGIN + 385,
        MARGIN + 420, MARGIN + 465};
    private static final Label[] HEADINGS = {new Label("#", "#"), new Label("الوصف", "Description"),
        new Label("الكمية", "Qty"), new Label("سعر الوحدة", "Unit price"), new Label("الخصم", "Discount"),
        new Label("النسبة", "VAT %"), new Label("الضريبة", "VAT"), new Label("الإجمالي", "Total incl. VAT")};

    private static void lines(PageWriter w, PrintableInvoice invoice) throws IOException {
        w.rule();
        w.down(12);
        tableHeading(w);
        for (PrintableInvoice.Line line : invoice.lines()) {
            List<String> description = w.wrap(line.description(), COLUMNS[2] - COLUMNS[1] - 6, 8);
            if (w.y - description.size() * 10 < 120) {
                w.newPage();
                tableHeading(w);
            }
            w.text(String.valueOf(line.number()), COLUMNS[0], 8);
            w.text(decimal(line.quantity()), COLUMNS[2], 8);
            w.text(price(line.unitPrice()), COLUMNS[3], 8);
            w.text(money(line.discount()), COLUMNS[4], 8);
            w.text(line.category() + " " + line.rate().stripTrailingZeros().toPlainString() + "%", COLUMNS[5], 8);
            w.text(money(line.vat()), COLUMNS[6], 8);
            w.text(money(line.amountWithVat()), COLUMNS[7], 8);
            for (String part : description) {
                if (BidiText.isRightToLeft(part)) {
                    w.right(part, COLUMNS[2] - 6, 8);
                } else {
                    w.text(part, COLUMNS[1], 8);
                }
                w.down(10);
            }
            w.down(3);
        }
    }

    private static void tableHeading(PageWriter w) throws IOException {
        for (int i = 0; i < COLUMNS.length; i++) {
            w.bold(HEADINGS[i].en(), COLUMNS[i], 7);
        }
        w.down(9);
        for (int i = 0; i < COLUMNS.length; i++) {
            w.bold(HEADINGS[i].ar(), COLUMNS[i], 7);
        }
        w.down(6);
        w.rule();
        w.down(11);
    }

    private static void totals(PageWriter w, PrintableInvoice invoice) throws IOException {
        if (w.y < 200) {
            w.newPage();
        }
        w.rule();
        w.down(14);
        for (PrintableInvoice.Subtotal subtotal : invoice.subtotals()) {
            row(w, new Label("المبلغ الخاضع للضريبة (" + subtotal.category() + " " + subtotal.rate().stripTrailingZeros().toPlainString() + "%)",
                    "Taxable amount (" + subtotal.category() + " " + subtotal.rate().stripTrailingZeros().toPlainString() + "%)"),
                    money(subtotal.taxable()) + " / " + money(subtotal.tax()));
            if (subtotal.exemptionCode() != null) {
                row(w, new Label("سبب الإعفاء", "Exemption reason"), subtotal.exemptionCode() + " " + subtotal.exemptionReason());
            }
        }
        w.down(4);
        row(w, new Label("الإجمالي غير شامل ضريبة القيمة المضافة", "Total excluding VAT"), money(invoice.taxExclusive()));
        row(w, new Label("مجموع ضريبة القيمة المضافة", "Total VAT"), money(invoice.tax()));
        w.bold("Total including VAT", MARGIN, 11);
        w.bold(money(invoice.taxInclusive()) + " " + invoice.currency(), MARGIN + 230, 11);
        w.boldRight("الإجمالي شامل ضريبة القيمة المضافة", RIGHT, 11);
        w.down(22);
        w.small("Amounts in " + invoice.currency(), MARGIN, 8);
        w.right("المبالغ بالريال السعودي", RIGHT, 8);
    }

    private static void row(PageWriter w, Label label, String value) throws IOException {
        w.text(label.en(), MARGIN, 9);
        if (value != null) {
            if (BidiText.isRightToLeft(value)) {
                w.right(value, RTL_VALUE_RIGHT, 9);
            } else {
                w.text(value, VALUE_X, 9);
            }
        }
        w.right(label.ar(), RIGHT, 9);
        w.down(13);
    }

    /**
     * A row whose value wraps onto more lines rather than run into the QR code beyond {@code valueRight}. Drawn
     * English label, value, Arabic label like {@link #row}: text extraction reads them in that order.
     */
    private static void rowBesideQr(PageWriter w, Label label, String value, float valueRight) throws IOException {
        w.text(label.en(), MARGIN, 9);
        List<String> parts = value == null ? List.of("") : w.wrap(value, valueRight - VALUE_X, 9);
        for (int i = 0; i < parts.size(); i++) {
            if (BidiText.isRightToLeft(parts.get(i))) {
                w.right(parts.get(i), valueRight, 9);
            } else {
                w.text(parts.get(i), VALUE_X, 9);
            }
            if (i == 0) {
                w.right(label.ar(), RIGHT, 9);
            }
            w.down(13);
        }
    }

    private static Label title(PrintableInvoice invoice) {
        if (invoice.creditNote()) {
            return invoice.simplified() ? new Label("إشعار دائن للفاتورة الضريبية المبسطة", "Simplified Credit Note")
                    : new Label("إشعار دائن", "Credit Note");
        }
        return invoice.simplified() ? new Label("فاتورة ضريبية مبسطة", "Simplified Tax Invoice")
                : new Label("فاتورة ضريبية", "Tax Invoice");
    }

    static String money(BigDecimal amount) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        return format.format(amount);
    }

    /** A unit price keeps the decimals it was given (33.335), with at least two. */
    static String price(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        if (plain.scale() <= 2) {
            return money(value);
        }
        String text = plain.toPlainString();
        return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ENGLISH))
                .format(value.setScale(0, java.math.RoundingMode.DOWN)) + text.substring(text.indexOf('.'));
    }

    private static String decimal(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static Color colour(String hex) {
        try {
            return Color.decode(hex);
        } catch (RuntimeException notAColour) {
            return new Color(0x0F766E);
        }
    }

    private TrueTypeFont[] borrowFonts() {
        TrueTypeFont[] fonts = idleFonts.poll();
        if (fonts != null) {
            idleCount.decrementAndGet();
            return fonts;
        }
        try {
            return new TrueTypeFont[] {new TTFParser().parse(new RandomAccessReadBuffer(regularFont)),
                new TTFParser().parse(new RandomAccessReadBuffer(boldFont))};
        } catch (IOException unreadable) {
            throw new UncheckedIOException("the bundle's fonts cannot be parsed", unreadable);
        }
    }

    private void returnFonts(TrueTypeFont[] fonts) {
        if (idleCount.incrementAndGet() <= IDLE_FONTS_KEPT) {
            idleFonts.offer(fonts);
        } else {
            idleCount.decrementAndGet();
            close(fonts);
        }
    }

    private static void close(TrueTypeFont[] fonts) {
        for (TrueTypeFont font : fonts) {
            try {
                font.close();
            } catch (IOException ignored) {
                // in-memory fonts: nothing to release
            }
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = InvoicePdf.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the bundle: " + name);
            }
            return in.readAllBytes();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private record Label(String ar, String en) {
    }

    private record HeaderRow(Label label, String value) {
    }

    /** The QR code's modules, its top-left corner on the page and the clear margin kept round it, in points. */
    private record QrPlacement(BitMatrix modules, float left, float top, float quietZone) {
    }
}
