package com.doganhub.zatca.internal.ubl;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * What the UBL writer needs of an invoice, credit note or debit note: the document's identity and its place in the
 * device's hash chain (ICV, PIH), the parties with their Saudi national addresses, the lines with their VAT, the
 * totals per category and the QR payload. Amounts are already rounded as ZATCA computes them.
 */
public record UblDocument(Kind kind, boolean simplified, String number, String uuid, LocalDate issueDate,
        LocalTime issueTime, long icv, String previousHash, String qr, LocalDate supplyDate, String billingReference,
        String reason, Party seller, Party buyer, List<Line> lines, List<Subtotal> subtotals, BigDecimal lineExtension,
        BigDecimal taxExclusive, BigDecimal tax, BigDecimal taxInclusive) {

    /** The document kinds with their {@code InvoiceTypeCode}. */
    public enum Kind {
        INVOICE("388"),
        CREDIT_NOTE("381"),
        DEBIT_NOTE("383");

        private final String typeCode;

        Kind(String typeCode) {
            this.typeCode = typeCode;
        }

        public String typeCode() {
            return typeCode;
        }
    }

    /** A party; {@code crNumber} is the seller's commercial registration (scheme CRN). */
    public record Party(String name, String vatNumber, String crNumber, String street, String buildingNumber,
            String district, String city, String postalCode) {
    }

    public record Line(int id, String name, BigDecimal quantity, BigDecimal unitPrice, BigDecimal discount,
            BigDecimal net, BigDecimal vat, String category, BigDecimal rate) {
    }

    public record Subtotal(String category, BigDecimal rate, BigDecimal taxable, BigDecimal tax, String exemptionCode,
            String exemptionReason) {
    }
}
