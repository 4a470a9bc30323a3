package com.doganhub.zatca.internal.qr;

/** The QR tags ZATCA defines, with the invoice field each carries (used to name the field at fault). */
public enum QrTag {
    SELLER_NAME(1, "sellerName"),
    VAT_NUMBER(2, "vatNumber"),
    TIMESTAMP(3, "issuedAt"),
    TOTAL_WITH_VAT(4, "totals.taxInclusiveAmount"),
    VAT_TOTAL(5, "totals.taxAmount"),
    INVOICE_HASH(6, "hash"),
    SIGNATURE(7, "signature"),
    PUBLIC_KEY(8, "publicKey"),
    CERTIFICATE_SIGNATURE(9, "certificateSignature");

    private final int number;
    private final String field;

    QrTag(int number, String field) {
        this.number = number;
        this.field = field;
    }

    public int number() {
        return number;
    }

    /** The invoice field the tag's value comes from. */
    public String field() {
        return field;
    }
}
