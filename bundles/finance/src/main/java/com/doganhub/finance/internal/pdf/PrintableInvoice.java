package com.doganhub.finance.internal.pdf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything printed on an invoice or credit note, in the order ZATCA lists the fields of a tax invoice: seller and
 * buyer with VAT numbers and addresses, numbers and dates, the lines with their VAT, the totals per category and
 * the exemption reasons. {@code qrPayload} is ZATCA's QR as issued (base64 of its TLV fields), printed as a QR code
 * exactly as given; {@code null} prints none.
 */
public record PrintableInvoice(boolean creditNote, boolean simplified, String number, String uuid, LocalDate issueDate,
        LocalDate supplyDate, LocalDate dueDate, String originalNumber, String reason, Party seller, Party buyer,
        List<Line> lines, List<Subtotal> subtotals, BigDecimal taxExclusive, BigDecimal tax, BigDecimal taxInclusive,
        String currency, Brand brand, String qrPayload) {

    /** Seller or buyer; {@code crNumber} only for the seller. */
    public record Party(String nameAr, String nameEn, String vatNumber, String crNumber, String address) {
    }

    public record Line(int number, String description, BigDecimal quantity, BigDecimal unitPrice, BigDecimal discount,
            String category, BigDecimal rate, BigDecimal vat, BigDecimal amountWithVat) {
    }

    public record Subtotal(String category, BigDecimal rate, BigDecimal taxable, BigDecimal tax, String exemptionCode,
            String exemptionReason) {
    }

    /** The tenant's names and colours ({@code #RRGGBB}). */
    public record Brand(String nameAr, String nameEn, String primaryColor, String accentColor) {
    }
}
