package com.doganhub.zatca.internal.ubl;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.doganhub.zatca.internal.ZatcaRules;
import com.doganhub.zatca.internal.hash.InvoiceHash;
import com.doganhub.zatca.internal.qr.QrCodes;

class UblWriterTest {

    static final UblDocument.Party SELLER = new UblDocument.Party("شركة العرض للتجارة | Demo Trading Co.",
            "300000000000003", "1010010000", "King Fahd Road", "1234", "Al Olaya", "Riyadh", "12211");
    static final UblDocument.Party BUYER = new UblDocument.Party("مؤسسة الأفق | Al Ufuq Est.", "310122393500003", null,
            "Prince Sultan St", "5678", "Al Rawdah", "Jeddah", "23431");

    @Test
    void aStandardInvoiceWithStandardZeroAndExemptLinesPassesZatcasRules() {
        byte[] xml = UblWriter.write(standardInvoice(UblDocument.Kind.INVOICE));

        List<ZatcaRules.Finding> findings = ZatcaRules.check(xml);

        assertThat(findings.stream().filter(ZatcaRules.Finding::isError).toList()).as(new String(xml)).isEmpty();
        assertThat(InvoiceHash.of(xml)).hasSize(44);
    }

    @Test
    void aStandardCreditNotePassesZatcasRules() {
        byte[] xml = UblWriter.write(standardInvoice(UblDocument.Kind.CREDIT_NOTE));

        assertThat(ZatcaRules.errors(xml)).as(new String(xml)).isEmpty();
    }

    @Test
    void theRulesCatchWhatOurValidationMustPrevent() {
        UblDocument valid = standardInvoice(UblDocument.Kind.CREDIT_NOTE);
        UblDocument.Party badSeller = new UblDocument.Party(SELLER.name(), "300000000000004", SELLER.crNumber(),
                SELLER.street(), SELLER.buildingNumber(), SELLER.district(), SELLER.city(), SELLER.postalCode());
        UblDocument wrongVat = new UblDocument(valid.kind(), false, valid.number(), valid.uuid(), valid.issueDate(),
                valid.issueTime(), valid.icv(), valid.previousHash(), valid.qr(), valid.supplyDate(), valid.billingReference(),
                valid.reason(), badSeller, valid.buyer(), valid.lines(), valid.subtotals(), valid.lineExtension(),
                valid.taxExclusive(), valid.tax(), valid.taxInclusive());
        UblDocument noReference = new UblDocument(valid.kind(), false, valid.number(), valid.uuid(), valid.issueDate(),
                valid.issueTime(), valid.icv(), valid.previousHash(), valid.qr(), valid.supplyDate(), "", "",
                valid.seller(), valid.buyer(), valid.lines(), valid.subtotals(), valid.lineExtension(), valid.taxExclusive(),
                valid.tax(), valid.taxInclusive());
        UblDocument wrongTotal = new UblDocument(valid.kind(), false, valid.number(), valid.uuid(), valid.issueDate(),
                valid.issueTime(), valid.icv(), valid.previousHash(), valid.qr(), valid.supplyDate(), valid.billingReference(),
                valid.reason(), valid.seller(), valid.buyer(), valid.lines(), valid.subtotals(), valid.lineExtension(),
                valid.taxExclusive(), valid.tax(), new BigDecimal("415.01"));

        assertThat(ZatcaRules.errors(UblWriter.write(wrongVat))).extracting(ZatcaRules.Finding::rule).isNotEmpty()
                .allMatch(rule -> rule.startsWith("BR-KSA"));
        assertThat(ZatcaRules.errors(UblWriter.write(noReference))).isNotEmpty();
        assertThat(ZatcaRules.errors(UblWriter.write(wrongTotal))).extracting(ZatcaRules.Finding::rule).contains("BR-CO-15");
    }

    static UblDocument standardInvoice(UblDocument.Kind kind) {
        List<UblDocument.Line> lines = List.of(
                new UblDocument.Line(1, "استشارات تقنية", new BigDecimal("3"), new BigDecimal("33.335"), BigDecimal.ZERO,
                        new BigDecimal("100.01"), new BigDecimal("15.00"), "S", new BigDecimal("15")),
                new UblDocument.Line(2, "Export freight", BigDecimal.ONE, new BigDecimal("200"), BigDecimal.ZERO,
                        new BigDecimal("200.00"), new BigDecimal("0.00"), "Z", BigDecimal.ZERO),
                new UblDocument.Line(3, "Financial service", new BigDecimal("2"), new BigDecimal("49.995"), BigDecimal.ZERO,
                        new BigDecimal("99.99"), new BigDecimal("0.00"), "E", BigDecimal.ZERO));
        List<UblDocument.Subtotal> subtotals = List.of(
                new UblDocument.Subtotal("S", new BigDecimal("15"), new BigDecimal("100.01"), new BigDecimal("15.00"), null, null),
                new UblDocument.Subtotal("Z", BigDecimal.ZERO, new BigDecimal("200.00"), new BigDecimal("0.00"), "VATEX-SA-32",
                        "Export of goods"),
                new UblDocument.Subtotal("E", BigDecimal.ZERO, new BigDecimal("99.99"), new BigDecimal("0.00"), "VATEX-SA-29",
                        "Financial services mentioned in Article 29 of the VAT Regulations"));
        String qr = QrCodes.phase1(SELLER.name(), SELLER.vatNumber(), Instant.parse("2026-05-02T09:30:00Z"),
                new BigDecimal("415.00"), new BigDecimal("15.00"));
        return new UblDocument(kind, false, kind == UblDocument.Kind.INVOICE ? "INV-000001" : "CRN-000001",
                "8d487816-70b8-4ade-a618-9d620b73814a", LocalDate.of(2026, 5, 2), LocalTime.of(12, 30), 1,
                InvoiceHash.FIRST_PREVIOUS_HASH, qr, LocalDate.of(2026, 5, 1),
                kind == UblDocument.Kind.INVOICE ? null : "INV-000001",
                kind == UblDocument.Kind.INVOICE ? null : "Goods returned", SELLER, BUYER, lines, subtotals,
                new BigDecimal("400.00"), new BigDecimal("400.00"), new BigDecimal("15.00"), new BigDecimal("415.00"));
    }
}
