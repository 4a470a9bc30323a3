package com.doganhub.zatca.internal.qr;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import com.doganhub.platform.api.error.ValidationFailed;

/**
 * The QR payload of an e-invoice as the SDK encodes it: per field one tag byte, one length byte (the count of value
 * bytes, 0–255, never a multi-byte length form) and the bytes, concatenated in tag order and base64-encoded (standard
 * alphabet, padded). A value longer than 255 bytes cannot be encoded and is refused with a validation error naming
 * its field — never cut (an Arabic letter is two bytes, so a 128-letter Arabic name is already too long).
 */
public final class QrCodes {

    /** The longest payload ZATCA accepts, in base64 characters. */
    public static final int MAX_LENGTH = 700;

    private QrCodes() {
    }

    /** Tags 1–5: what a phase 1 (generation) QR carries. */
    public static String phase1(String sellerName, String vatNumber, Instant issuedAt, BigDecimal totalWithVat,
            BigDecimal vatTotal) {
        return encode(List.of(QrField.text(QrTag.SELLER_NAME, sellerName), QrField.text(QrTag.VAT_NUMBER, vatNumber),
                QrField.text(QrTag.TIMESTAMP, issuedAt.truncatedTo(ChronoUnit.SECONDS).toString()),
                QrField.text(QrTag.TOTAL_WITH_VAT, amount(totalWithVat)), QrField.text(QrTag.VAT_TOTAL, amount(vatTotal))));
    }

    /**
     * The base64 payload of {@code fields}, in the order given.
     *
     * @throws ValidationFailed naming every field whose value exceeds 255 bytes, or {@code qr} when the whole payload
     *                          exceeds {@link #MAX_LENGTH} characters
     */
    public static String encode(List<QrField> fields) {
        List<com.doganhub.platform.api.error.FieldError> errors = new ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (QrField field : fields) {
            byte[] value = field.value();
            if (value.length > 255) {
                errors.add(com.doganhub.platform.api.error.FieldError.of(field.tag().field(), "zatca.qr-value-too-long",
                        field.tag().number(), value.length));
                continue;
            }
            out.write(field.tag().number());
            out.write(value.length);
            out.writeBytes(value);
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        String encoded = Base64.getEncoder().encodeToString(out.toByteArray());
        if (encoded.length() > MAX_LENGTH) {
            throw new ValidationFailed("qr", "zatca.qr-too-long", encoded.length(), MAX_LENGTH);
        }
        return encoded;
    }

    /** Reads a payload back into its fields (for checks and tests); the inverse of {@link #encode}. */
    public static List<QrField> decode(String base64) {
        byte[] bytes = Base64.getDecoder().decode(base64);
        List<QrField> fields = new ArrayList<>();
        int at = 0;
        while (at < bytes.length) {
            if (at + 2 > bytes.length) {
                throw new IllegalArgumentException("truncated QR field at byte " + at);
            }
            int tag = bytes[at] & 0xFF;
            int length = bytes[at + 1] & 0xFF;
            if (tag < 1 || tag > QrTag.values().length || at + 2 + length > bytes.length) {
                throw new IllegalArgumentException("malformed QR field at byte " + at);
            }
            byte[] value = new byte[length];
            System.arraycopy(bytes, at + 2, value, 0, length);
            fields.add(new QrField(QrTag.values()[tag - 1], value));
            at += 2 + length;
        }
        return fields;
    }

    private static String amount(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
