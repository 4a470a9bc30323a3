package com.doganhub.finance.internal.invoices;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.doganhub.finance.api.InvoiceTotals;
import com.doganhub.finance.api.VatCategory;
import com.doganhub.finance.internal.books.Settings;
import com.doganhub.finance.internal.pdf.PrintableInvoice;
import com.doganhub.notifications.api.Brand;

/** What an invoice prints: the stored document, the seller from the books and the tenant's brand. */
final class InvoicePrints {

    private InvoicePrints() {
    }

    /**
     * @param zatcaQr ZATCA's QR of the issued document (base64 TLV) to print as it is, or {@code null} for none:
     *     finance never makes one up, the ZATCA issue supplies it
     */
    static PrintableInvoice of(InvoiceEntity invoice, List<InvoiceLineEntity> lines, Settings current, Brand brand,
            String originalNumber, String zatcaQr) {
        Settings seller = invoice.seller(current);
        InvoiceTotals totals = InvoiceTotals.of(lines.stream().map(InvoiceLineEntity::priced).toList());
        Map<VatCategory, InvoiceLineEntity> firstOfCategory = new LinkedHashMap<>();
        lines.forEach(line -> firstOfCategory.putIfAbsent(line.category(), line));
        List<PrintableInvoice.Subtotal> subtotals = new ArrayList<>();
        for (InvoiceTotals.TaxSubtotal subtotal : totals.subtotals()) {
            InvoiceLineEntity sample = firstOfCategory.get(subtotal.category());
            subtotals.add(new PrintableInvoice.Subtotal(subtotal.category().name(), subtotal.ratePercent(),
                    subtotal.taxableAmount(), subtotal.taxAmount(), sample.exemptionCode(), sample.exemptionReason()));
        }
        return new PrintableInvoice(invoice.kind() == DocumentKind.CREDIT_NOTE, invoice.type() == InvoiceType.SIMPLIFIED,
                invoice.number() == null ? "DRAFT" : invoice.number(), invoice.uuid(), invoice.issueDate(),
                invoice.supplyDate(), invoice.dueDate(), originalNumber, invoice.reason(),
                new PrintableInvoice.Party(seller.sellerNameAr(), seller.sellerNameEn(), seller.vatNumber(),
                        seller.crNumber(), address(seller.buildingNumber(), seller.street(), seller.district(),
                                seller.city(), seller.postalCode())),
                new PrintableInvoice.Party(invoice.customerNameAr(), invoice.customerNameEn(),
                        invoice.customerVatNumber(), null, address(invoice.buildingNumber(), invoice.street(),
                                invoice.district(), invoice.city(), invoice.postalCode())),
                lines.stream().map(line -> new PrintableInvoice.Line(line.lineNumber(), line.description(),
                        line.quantity(), line.unitPrice(), line.discount(), line.category().name(), line.vatRate(),
                        line.vatAmount(), line.netAmount().add(line.vatAmount()))).toList(),
                subtotals, invoice.lineExtensionAmount(), invoice.taxAmount(), invoice.taxInclusiveAmount(),
                invoice.currency(), new PrintableInvoice.Brand(brand.nameAr(), brand.nameEn(), brand.primaryColor(),
                        brand.accentColor()), zatcaQr);
    }

    private static String address(String building, String street, String district, String city, String postalCode) {
        if (building == null) {
            return null;
        }
        return building + " " + street + ", " + district + ", " + city + " " + postalCode;
    }
}
