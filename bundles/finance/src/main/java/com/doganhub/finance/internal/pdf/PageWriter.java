package com.doganhub.finance.internal.pdf;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import com.google.zxing.common.BitMatrix;

/** Pages and a cursor moving down them; every string is drawn in visual order with glyphs the font has. */
final class PageWriter {

    static final float MARGIN = 40;
    static final float WIDTH = PDRectangle.A4.getWidth();
    static final float HEIGHT = PDRectangle.A4.getHeight();
    static final float RIGHT = WIDTH - MARGIN;

    private final PDDocument document;
    private final PDType0Font regular;
    private final PDType0Font bold;
    private final Color brand;
    private final Map<Integer, Boolean> covered = new HashMap<>();
    private PDPageContentStream content;
    float y;

    PageWriter(PDDocument document, PDType0Font regular, PDType0Font bold, Color brand) {
        this.document = document;
        this.regular = regular;
        this.bold = bold;
        this.brand = brand;
    }

    void newPage() throws IOException {
        close();
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        content.setNonStrokingColor(brand);
        content.addRect(0, HEIGHT - 8, WIDTH, 8);
        content.fill();
        content.setNonStrokingColor(Color.BLACK);
        y = HEIGHT - MARGIN - 10;
    }

    void close() throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
    }

    void down(float points) {
        y -= points;
    }

    void rule() throws IOException {
        content.setStrokingColor(brand);
        content.setLineWidth(0.8f);
        content.moveTo(MARGIN, y);
        content.lineTo(RIGHT, y);
        content.stroke();
    }

    void text(String text, float x, float size) throws IOException {
        draw(regular, text, x, y, size, false);
    }

    void small(String text, float x, float size) throws IOException {
        draw(regular, text, x, y, size, false);
    }

    void right(String text, float rightEdge, float size) throws IOException {
        draw(regular, text, rightEdge, y, size, true);
    }

    void bold(String text, float x, float size) throws IOException {
        draw(bold, text, x, y, size, false);
    }

    void boldRight(String text, float rightEdge, float size) throws IOException {
        draw(bold, text, rightEdge, y, size, true);
    }

    /** Text centred on {@code centre} at {@code baseline}, beside the cursor rather than on its line. */
    void centred(String text, float centre, float baseline, float size) throws IOException {
        draw(regular, text, centre + width(text, size) / 2, baseline, size, true);
    }

    /** How far the regular font's lowest glyphs reach below the baseline, in points. */
    float descent(float size) {
        return -regular.getFontDescriptor().getDescent() / 1000 * size;
    }

    /** How wide {@code text} (logical order) prints in the regular font. */
    float width(String text, float size) throws IOException {
        return width(regular, BidiText.visual(text), size);
    }

    /**
     * Draws a QR code's dark modules {@code side} points square with its top-left corner at ({@code left},
     * {@code top}), leaving the quiet zone to the caller. Vector squares rather than an image so it stays sharp at
     * any print resolution; each row's run of dark modules is one rectangle and all of them one path filled once,
     * which keeps the content stream small and leaves no hairline seams between neighbouring modules.
     */
    void qrCode(BitMatrix modules, float left, float top, float side) throws IOException {
        float module = side / modules.getWidth();
        for (int row = 0; row < modules.getHeight(); row++) {
            int column = 0;
            while (column < modules.getWidth()) {
                if (!modules.get(column, row)) {
                    column++;
                    continue;
                }
                int runStart = column;
                while (column < modules.getWidth() && modules.get(column, row)) {
                    column++;
                }
                content.addRect(left + runStart * module, top - (row + 1) * module, (column - runStart) * module,
                        module);
            }
        }
        content.setNonStrokingColor(Color.BLACK);
        content.fill();
    }

    /** Splits {@code text} (logical order) into lines no wider than {@code width} at {@code size}. */
    List<String> wrap(String text, float width, float size) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : text.split("\\s+")) {
            String candidate = current.length() == 0 ? word : current + " " + word;
            if (width(regular, BidiText.visual(candidate), size) > width && current.length() > 0) {
                lines.add(current.toString());
                current = new StringBuilder(word);
            } else {
                current = new StringBuilder(candidate);
            }
        }
        if (current.length() > 0) {
            lines.add(current.toString());
        }
        return lines.isEmpty() ? List.of("") : lines;
    }

    private void draw(PDType0Font font, String text, float x, float baseline, float size, boolean alignRight)
            throws IOException {
        if (text == null || text.isEmpty()) {
            return;
        }
        String visual = printable(font, BidiText.visual(text));
        float start = alignRight ? x - width(font, visual, size) : x;
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(start, baseline);
        content.showText(visual);
        content.endText();
    }

    private float width(PDType0Font font, String text, float size) throws IOException {
        return font.getStringWidth(printable(font, text)) / 1000 * size;
    }

    /** Characters the font has no glyph for become '?', rather than failing the whole document. */
    private String printable(PDType0Font font, String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> {
            boolean known = covered.computeIfAbsent(codePoint, cp -> {
                try {
                    font.encode(new String(Character.toChars(cp)));
                    return true;
                } catch (IOException | IllegalArgumentException missing) {
                    return false;
                }
            });
            out.appendCodePoint(known ? codePoint : '?');
        });
        return out.toString();
    }
}
