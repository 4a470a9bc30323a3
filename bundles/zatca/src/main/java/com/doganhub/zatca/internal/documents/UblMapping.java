package com.doganhub.zatca.internal.documents;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.doganhub.finance.api.InvoiceTotals;
import com.doganhub.finance.api.VatCategory;
import com.doganhub.finance.api.einvoicing.IssuedDocument;
import com.doganhub.zatca.internal.ubl.UblDocument;

/** Finance's issued document as the UBL writer takes it, with the totals computed by the rounding both share. */
final class UblMapping {

    private UblMapping() {
    }

    static UblDocument toUbl(IssuedDocument document, long counter, String previousHash, String qr) {
        InvoiceTotals totals = InvoiceTotals.of(document.lines().stream().map(IssuedDocument.Line::priced).toList());
        Map<VatCategory, IssuedDocument.Line> firstOfCategory = new LinkedHashMap<>();
        document.lines().forEach(line -> firstOfCategory.putIfAbsent(line.priced().category(), line));
        List<UblDocument.Subtotal> subtotals = totals.subtotals().stream().map(subtotal -> {
            IssuedDocument.Line example = firstOfCategory.get(subtotal.category());
            boolean exempt = subtotal.category().needsExemptionReason();
            return new UblDocument.Subtotal(subtotal.category().name(), rate(subtotal.category()),
                    subtotal.taxableAmount(), subtotal.taxAmount(), exempt ? example.exemptionCode() : null,
                    exempt ? example.exemptionReason() : null);
        }).toList();
        List<UblDocument.Line> lines = document.lines().stream().map(line -> new UblDocument.Line(line.number(),
                line.description(), line.priced().quantity(), line.priced().unitPrice(), line.priced().discount(),
                line.priced().netAmount(), line.priced().vatAmount(), line.priced().category().name(),
                rate(line.priced().category()))).toList();
        return new UblDocument(kind(document.type()), document.simplified(), document.number(), document.uuid(),
                document.issueDate(), document.issueTime(), counter, previousHash, qr, document.supplyDate(),
                document.billingReference(), document.reason(), party(document.seller()), party(document.buyer()), lines,
                subtotals, totals.lineExtensionAmount(), totals.taxExclusiveAmount(), totals.taxAmount(),
                totals.taxInclusiveAmount());
    }

    static String registrationName(IssuedDocument.Party party) {
        boolean ar = party.nameAr() != null && !party.nameAr().isBlank();
        boolean en = party.nameEn() != null && !party.nameEn().isBlank();
        return ar && en ? party.nameAr() + " | " + party.nameEn() : ar ? party.nameAr() : en ? party.nameEn() : null;
    }

    private static UblDocument.Party party(IssuedDocument.Party party) {
        return new UblDocument.Party(registrationName(party), party.vatNumber(), party.crNumber(), party.street(),
                party.buildingNumber(), party.district(), party.city(), party.postalCode());
    }

    private static BigDecimal rate(VatCategory category) {
        return category.ratePercent().stripTrailingZeros();
    }

    static UblDocument.Kind kind(IssuedDocument.Type type) {
        return switch (type) {
            case INVOICE -> UblDocument.Kind.INVOICE;
            case CREDIT_NOTE -> UblDocument.Kind.CREDIT_NOTE;
            case DEBIT_NOTE -> UblDocument.Kind.DEBIT_NOTE;
        };
    }
}
