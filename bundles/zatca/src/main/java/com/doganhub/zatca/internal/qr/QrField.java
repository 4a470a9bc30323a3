package com.doganhub.zatca.internal.qr;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** One TLV field of the QR payload: the tag (1–9) and its value bytes (UTF-8 text, or DER for tags 8 and 9). */
public record QrField(QrTag tag, byte[] value) {

    public QrField {
        Objects.requireNonNull(tag, "tag");
        value = Objects.requireNonNull(value, "value").clone();
    }

    public static QrField text(QrTag tag, String value) {
        return new QrField(tag, Objects.requireNonNull(value, "value").getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public byte[] value() {
        return value.clone();
    }
}
