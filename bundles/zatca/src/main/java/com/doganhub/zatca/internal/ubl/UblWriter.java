package com.doganhub.zatca.internal.ubl;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;

/**
 * Writes a {@link UblDocument} as UBL 2.1 in ZATCA's profile (the structure of the SDK's samples): profile
 * {@code reporting:1.0}, {@code InvoiceTypeCode} with its {@code name} flags ({@code 0100000} standard,
 * {@code 0200000} simplified), ICV, PIH and QR as additional document references, the signature placeholder, both
 * parties, the supply date, billing reference and reason on notes, the two {@code TaxTotal}s (one with subtotals, one
 * with only the amount), totals and lines with their VAT. Unsigned: the signing step adds {@code ext:UBLExtensions}.
 */
public final class UblWriter {

    private UblWriter() {
    }

    public static byte[] write(UblDocument document) {
        StringBuilder x = new StringBuilder(8_192);
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\"")
                .append(" xmlns:cac=\"urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2\"")
                .append(" xmlns:cbc=\"urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2\"")
                .append(" xmlns:ext=\"urn:oasis:names:specification:ubl:schema:xsd:CommonExtensionComponents-2\">\n");
        element(x, 1, "cbc:ProfileID", "reporting:1.0");
        element(x, 1, "cbc:ID", document.number());
        element(x, 1, "cbc:UUID", document.uuid());
        element(x, 1, "cbc:IssueDate", document.issueDate().toString());
        element(x, 1, "cbc:IssueTime", document.issueTime().withNano(0).toString().length() == 5
                ? document.issueTime().withNano(0) + ":00" : document.issueTime().withNano(0).toString());
        indent(x, 1).append("<cbc:InvoiceTypeCode name=\"").append(document.simplified() ? "0200000" : "0100000")
                .append("\">").append(document.kind().typeCode()).append("</cbc:InvoiceTypeCode>\n");
        element(x, 1, "cbc:DocumentCurrencyCode", "SAR");
        element(x, 1, "cbc:TaxCurrencyCode", "SAR");
        if (document.kind() != UblDocument.Kind.INVOICE) {
            open(x, 1, "cac:BillingReference");
            open(x, 2, "cac:InvoiceDocumentReference");
            element(x, 3, "cbc:ID", document.billingReference());
            close(x, 2, "cac:InvoiceDocumentReference");
            close(x, 1, "cac:BillingReference");
        }
        open(x, 1, "cac:AdditionalDocumentReference");
        element(x, 2, "cbc:ID", "ICV");
        element(x, 2, "cbc:UUID", String.valueOf(document.icv()));
        close(x, 1, "cac:AdditionalDocumentReference");
        attachment(x, "PIH", document.previousHash());
        attachment(x, "QR", document.qr());
        open(x, 1, "cac:Signature");
        element(x, 2, "cbc:ID", "urn:oasis:names:specification:ubl:signature:Invoice");
        element(x, 2, "cbc:SignatureMethod", "urn:oasis:names:specification:ubl:dsig:enveloped:xades");
        close(x, 1, "cac:Signature");
        party(x, "cac:AccountingSupplierParty", document.seller(), true);
        party(x, "cac:AccountingCustomerParty", document.buyer(), false);
        if (document.supplyDate() != null) {
            open(x, 1, "cac:Delivery");
            element(x, 2, "cbc:ActualDeliveryDate", document.supplyDate().toString());
            close(x, 1, "cac:Delivery");
        }
        open(x, 1, "cac:PaymentMeans");
        element(x, 2, "cbc:PaymentMeansCode", "10");
        if (document.kind() != UblDocument.Kind.INVOICE) {
            element(x, 2, "cbc:InstructionNote", document.reason());
        }
        close(x, 1, "cac:PaymentMeans");
        open(x, 1, "cac:TaxTotal");
        amount(x, 2, "cbc:TaxAmount", document.tax());
        close(x, 1, "cac:TaxTotal");
        open(x, 1, "cac:TaxTotal");
        amount(x, 2, "cbc:TaxAmount", document.tax());
        for (UblDocument.Subtotal subtotal : document.subtotals()) {
            open(x, 2, "cac:TaxSubtotal");
            amount(x, 3, "cbc:TaxableAmount", subtotal.taxable());
            amount(x, 3, "cbc:TaxAmount", subtotal.tax());
            open(x, 3, "cac:TaxCategory");
            indent(x, 4).append("<cbc:ID schemeID=\"UN/ECE 5305\" schemeAgencyID=\"6\">").append(subtotal.category())
                    .append("</cbc:ID>\n");
            element(x, 4, "cbc:Percent", percent(subtotal.rate()));
            if (subtotal.exemptionCode() != null) {
                element(x, 4, "cbc:TaxExemptionReasonCode", subtotal.exemptionCode());
                element(x, 4, "cbc:TaxExemptionReason", subtotal.exemptionReason());
            }
            open(x, 4, "cac:TaxScheme");
            indent(x, 5).append("<cbc:ID schemeID=\"UN/ECE 5153\" schemeAgencyID=\"6\">VAT</cbc:ID>\n");
            close(x, 4, "cac:TaxScheme");
            close(x, 3, "cac:TaxCategory");
            close(x, 2, "cac:TaxSubtotal");
        }
        close(x, 1, "cac:TaxTotal");
        open(x, 1, "cac:LegalMonetaryTotal");
        amount(x, 2, "cbc:LineExtensionAmount", document.lineExtension());
        amount(x, 2, "cbc:TaxExclusiveAmount", document.taxExclusive());
        amount(x, 2, "cbc:TaxInclusiveAmount", document.taxInclusive());
        amount(x, 2, "cbc:AllowanceTotalAmount", BigDecimal.ZERO);
        amount(x, 2, "cbc:PrepaidAmount", BigDecimal.ZERO);
        amount(x, 2, "cbc:PayableAmount", document.taxInclusive());
        close(x, 1, "cac:LegalMonetaryTotal");
        for (UblDocument.Line line : document.lines()) {
            line(x, line);
        }
        x.append("</Invoice>\n");
        return x.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder x, UblDocument.Line line) {
        open(x, 1, "cac:InvoiceLine");
        element(x, 2, "cbc:ID", String.valueOf(line.id()));
        indent(x, 2).append("<cbc:InvoicedQuantity unitCode=\"PCE\">").append(line.quantity().setScale(6, RoundingMode.HALF_UP)
                .toPlainString()).append("</cbc:InvoicedQuantity>\n");
        amount(x, 2, "cbc:LineExtensionAmount", line.net());
        if (line.discount().signum() > 0) {
            open(x, 2, "cac:AllowanceCharge");
            element(x, 3, "cbc:ChargeIndicator", "false");
            element(x, 3, "cbc:AllowanceChargeReason", "discount");
            amount(x, 3, "cbc:Amount", line.discount());
            close(x, 2, "cac:AllowanceCharge");
        }
        open(x, 2, "cac:TaxTotal");
        amount(x, 3, "cbc:TaxAmount", line.vat());
        amount(x, 3, "cbc:RoundingAmount", line.net().add(line.vat()));
        close(x, 2, "cac:TaxTotal");
        open(x, 2, "cac:Item");
        element(x, 3, "cbc:Name", line.name());
        open(x, 3, "cac:ClassifiedTaxCategory");
        element(x, 4, "cbc:ID", line.category());
        element(x, 4, "cbc:Percent", percent(line.rate()));
        open(x, 4, "cac:TaxScheme");
        element(x, 5, "cbc:ID", "VAT");
        close(x, 4, "cac:TaxScheme");
        close(x, 3, "cac:ClassifiedTaxCategory");
        close(x, 2, "cac:Item");
        open(x, 2, "cac:Price");
        indent(x, 3).append("<cbc:PriceAmount currencyID=\"SAR\">").append(line.unitPrice().stripTrailingZeros().scale() < 2
                ? line.unitPrice().setScale(2).toPlainString() : line.unitPrice().stripTrailingZeros().toPlainString())
                .append("</cbc:PriceAmount>\n");
        close(x, 2, "cac:Price");
        close(x, 1, "cac:InvoiceLine");
    }

    private static void party(StringBuilder x, String tag, UblDocument.Party party, boolean seller) {
        open(x, 1, tag);
        open(x, 2, "cac:Party");
        if (seller && party.crNumber() != null) {
            open(x, 3, "cac:PartyIdentification");
            indent(x, 4).append("<cbc:ID schemeID=\"CRN\">").append(escape(party.crNumber())).append("</cbc:ID>\n");
            close(x, 3, "cac:PartyIdentification");
        }
        if (party.buildingNumber() != null) {
            open(x, 3, "cac:PostalAddress");
            element(x, 4, "cbc:StreetName", party.street());
            element(x, 4, "cbc:BuildingNumber", party.buildingNumber());
            element(x, 4, "cbc:CitySubdivisionName", party.district());
            element(x, 4, "cbc:CityName", party.city());
            element(x, 4, "cbc:PostalZone", party.postalCode());
            open(x, 4, "cac:Country");
            element(x, 5, "cbc:IdentificationCode", "SA");
            close(x, 4, "cac:Country");
            close(x, 3, "cac:PostalAddress");
        }
        open(x, 3, "cac:PartyTaxScheme");
        if (party.vatNumber() != null) {
            element(x, 4, "cbc:CompanyID", party.vatNumber());
        }
        open(x, 4, "cac:TaxScheme");
        element(x, 5, "cbc:ID", "VAT");
        close(x, 4, "cac:TaxScheme");
        close(x, 3, "cac:PartyTaxScheme");
        if (party.name() != null) {
            open(x, 3, "cac:PartyLegalEntity");
            element(x, 4, "cbc:RegistrationName", party.name());
            close(x, 3, "cac:PartyLegalEntity");
        }
        close(x, 2, "cac:Party");
        close(x, 1, tag);
    }

    private static void attachment(StringBuilder x, String id, String base64) {
        open(x, 1, "cac:AdditionalDocumentReference");
        element(x, 2, "cbc:ID", id);
        open(x, 2, "cac:Attachment");
        indent(x, 3).append("<cbc:EmbeddedDocumentBinaryObject mimeCode=\"text/plain\">").append(escape(base64))
                .append("</cbc:EmbeddedDocumentBinaryObject>\n");
        close(x, 2, "cac:Attachment");
        close(x, 1, "cac:AdditionalDocumentReference");
    }

    private static String percent(BigDecimal rate) {
        return rate.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static void amount(StringBuilder x, int depth, String tag, BigDecimal value) {
        indent(x, depth).append('<').append(tag).append(" currencyID=\"SAR\">")
                .append(value.setScale(2, RoundingMode.HALF_UP).toPlainString()).append("</").append(tag).append(">\n");
    }

    private static void element(StringBuilder x, int depth, String tag, String value) {
        indent(x, depth).append('<').append(tag).append('>').append(escape(value)).append("</").append(tag).append(">\n");
    }

    private static void open(StringBuilder x, int depth, String tag) {
        indent(x, depth).append('<').append(tag).append(">\n");
    }

    private static void close(StringBuilder x, int depth, String tag) {
        indent(x, depth).append("</").append(tag).append(">\n");
    }

    private static StringBuilder indent(StringBuilder x, int depth) {
        return x.append("    ".repeat(depth));
    }

    /** XML text and attribute content: {@code & < >} escaped ({@code null} as empty). */
    public static String escape(String value) {
        return value == null ? "" : value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
