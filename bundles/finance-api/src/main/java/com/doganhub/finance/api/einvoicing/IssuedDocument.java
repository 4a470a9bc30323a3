package com.doganhub.finance.api.einvoicing;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;

import com.doganhub.finance.api.InvoiceLine;

/**
 * An issued invoice, credit note or debit note as e-invoicing needs it. Amounts follow from the lines with {@link
 * com.doganhub.finance.api.InvoiceTotals}, the rounding both sides share.
 *
 * @param simplified       a B2C (simplified) document, reported; otherwise a B2B (standard) one, cleared
 * @param billingReference the number of the invoice a note refers to, else {@code null}
 * @param reason           why a note was issued, else {@code null}
 * @param issueTime        the time of issue, Riyadh time
 */
public record IssuedDocument(String invoiceId, Type type, boolean simplified, String number, String uuid,
        LocalDate issueDate, LocalTime issueTime, LocalDate supplyDate, String currency, String billingReference,
        String reason, Party seller, Party buyer, List<Line> lines) {

    public enum Type {
        INVOICE,
        CREDIT_NOTE,
        DEBIT_NOTE
    }

    public IssuedDocument {
        Objects.requireNonNull(invoiceId, "invoiceId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(uuid, "uuid");
        Objects.requireNonNull(issueDate, "issueDate");
        Objects.requireNonNull(issueTime, "issueTime");
        Objects.requireNonNull(seller, "seller");
        Objects.requireNonNull(buyer, "buyer");
        lines = List.copyOf(lines);
    }

    /** A party with its Saudi national address; a simplified document's buyer may be all {@code null}s. */
    public record Party(String nameAr, String nameEn, String vatNumber, String crNumber, String buildingNumber,
            String street, String district, String city, String postalCode) {

        /** The registration name printed on the e-invoice: Arabic when there is one. */
        public String name() {
            return nameAr != null && !nameAr.isBlank() ? nameAr : nameEn;
        }
    }

    /**
     * One line: its description, its priced amounts and, for categories other than S, the exemption code and text.
     */
    public record Line(int number, String description, InvoiceLine priced, String exemptionCode, String exemptionReason) {
    }
}
