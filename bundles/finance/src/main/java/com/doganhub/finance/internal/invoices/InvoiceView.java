package com.doganhub.finance.internal.invoices;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import com.doganhub.finance.api.InvoiceTotals;
import com.doganhub.finance.api.VatCategory;

/** An invoice or credit note as the API shows it; amounts are decimal strings with two decimals. */
public record InvoiceView(String id, DocumentKind kind, InvoiceType type, String series, String number, String uuid,
        InvoiceStatus status, Seller seller, Customer customer, String currency, LocalDate issueDate, LocalDate supplyDate,
        LocalDate dueDate, String originalInvoiceId, String reason, List<Line> lines, Totals totals,
        List<TaxSubtotal> taxSubtotals, BigDecimal paidAmount, BigDecimal creditedAmount, BigDecimal outstandingAmount,
        String journalEntryId, List<Payment> payments, List<CreditNote> creditNotes, Instant createdAt,
        Instant issuedAt) {

    public record Customer(String nameAr, String nameEn, String vatNumber, String email, Address address) {
    }

    /** The seller as issued (absent on drafts, which print the current settings). */
    public record Seller(String nameAr, String nameEn, String vatNumber, String crNumber, Address address) {
    }

    public record Address(String buildingNumber, String street, String district, String city, String postalCode) {
    }

    public record Line(int lineNumber, String description, BigDecimal quantity, BigDecimal unitPrice,
            BigDecimal discount, VatCategory vatCategory, BigDecimal vatRate, String exemptionReasonCode,
            String exemptionReason, BigDecimal netAmount, BigDecimal vatAmount, BigDecimal amountWithVat,
            String accountCode) {
    }

    public record Totals(BigDecimal lineExtensionAmount, BigDecimal taxExclusiveAmount, BigDecimal taxAmount,
            BigDecimal taxInclusiveAmount, BigDecimal payableAmount) {
    }

    public record TaxSubtotal(VatCategory vatCategory, BigDecimal vatRate, BigDecimal taxableAmount,
            BigDecimal taxAmount) {
    }

    public record Payment(String id, LocalDate date, BigDecimal amount, PaymentEntity.Method method, String reference,
            String journalEntryId) {
    }

    public record CreditNote(String id, String number, LocalDate issueDate, BigDecimal amount) {
    }

    private static Seller seller(com.doganhub.finance.internal.books.Settings issued) {
        if (issued == null) {
            return null;
        }
        return new Seller(issued.sellerNameAr(), issued.sellerNameEn(), issued.vatNumber(), issued.crNumber(),
                issued.buildingNumber() == null ? null : new Address(issued.buildingNumber(), issued.street(),
                        issued.district(), issued.city(), issued.postalCode()));
    }

    static InvoiceView of(InvoiceEntity invoice, List<InvoiceLineEntity> lines, List<PaymentEntity> payments,
            List<InvoiceEntity> creditNotes) {
        InvoiceTotals totals = InvoiceTotals.of(lines.stream().map(InvoiceLineEntity::priced).toList());
        Address address = invoice.buildingNumber() == null ? null : new Address(invoice.buildingNumber(),
                invoice.street(), invoice.district(), invoice.city(), invoice.postalCode());
        return new InvoiceView(invoice.id(), invoice.kind(), invoice.type(), invoice.series(), invoice.number(),
                invoice.uuid(), invoice.status(), seller(invoice.seller(null)),
                new Customer(invoice.customerNameAr(), invoice.customerNameEn(), invoice.customerVatNumber(),
                        invoice.customerEmail(), address),
                invoice.currency(), invoice.issueDate(), invoice.supplyDate(), invoice.dueDate(),
                invoice.originalInvoiceId(), invoice.reason(),
                lines.stream().map(line -> new Line(line.lineNumber(), line.description(), line.quantity(),
                        line.unitPrice(), line.discount(), line.category(), line.vatRate(), line.exemptionCode(),
                        line.exemptionReason(), line.netAmount(), line.vatAmount(), line.netAmount().add(line.vatAmount()),
                        line.accountCode())).toList(),
                new Totals(invoice.lineExtensionAmount(), invoice.lineExtensionAmount(), invoice.taxAmount(),
                        invoice.taxInclusiveAmount(), invoice.taxInclusiveAmount()),
                totals.subtotals().stream().map(subtotal -> new TaxSubtotal(subtotal.category(), subtotal.ratePercent(),
                        subtotal.taxableAmount(), subtotal.taxAmount())).toList(),
                invoice.paidAmount(), invoice.creditedAmount(), invoice.outstanding(), invoice.journalEntryId(),
                payments.stream().map(payment -> new Payment(payment.id(), payment.date(), payment.amount(),
                        payment.method(), payment.reference(), payment.journalEntryId())).toList(),
                creditNotes.stream().map(note -> new CreditNote(note.id(), note.number(), note.issueDate(),
                        note.taxInclusiveAmount())).toList(),
                invoice.createdAt().toInstant(ZoneOffset.UTC),
                invoice.issuedAt() == null ? null : invoice.issuedAt().toInstant(ZoneOffset.UTC));
    }
}
