package com.doganhub.finance.internal.invoices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.doganhub.finance.api.VatCategory;
import com.doganhub.platform.api.error.FieldError;
import com.doganhub.platform.api.error.ValidationFailed;

class InvoiceDraftTest {

    private static final InvoiceRequest.Customer BUYER = new InvoiceRequest.Customer("مؤسسة الأفق", "Al Ufuq Est.",
            "310122393500003", "ap@alufuq.sa", new InvoiceRequest.Address("5678", "Prince Sultan St", "Al Rawdah",
                    "Jeddah", "23431"));

    @Test
    void aStandardInvoiceNeedsTheBuyersVatAddressAndSupplyDate() {
        ValidationFailed failed = catchThrowableOfType(ValidationFailed.class, () -> InvoiceDraft.parse(new InvoiceRequest(
                InvoiceType.STANDARD, null, new InvoiceRequest.Customer(null, "Buyer", null, null, null), null, null, null,
                null, List.of(line("1", "10", null, VatCategory.S, null)))));

        assertThat(failed.errors()).extracting(FieldError::field, FieldError::code).contains(
                org.assertj.core.groups.Tuple.tuple("customer.vatNumber", "required"),
                org.assertj.core.groups.Tuple.tuple("customer.address", "required"),
                org.assertj.core.groups.Tuple.tuple("supplyDate", "invoice.supply-date-required"));
    }

    @Test
    void aSimplifiedInvoiceNeedsNoBuyer() {
        InvoiceDraft draft = InvoiceDraft.parse(new InvoiceRequest(InvoiceType.SIMPLIFIED, null, null, "SAR", null, null,
                null, List.of(line("1", "10", null, VatCategory.S, null))));

        assertThat(draft.series()).isEqualTo("INV");
        assertThat(draft.customer().vatNumber()).isNull();
    }

    @Test
    void everyLineFaultIsNamedAtOnce() {
        ValidationFailed failed = catchThrowableOfType(ValidationFailed.class, () -> InvoiceDraft.parse(new InvoiceRequest(
                InvoiceType.STANDARD, "INV", BUYER, "USD", null, LocalDate.of(2026, 3, 1), null, List.of(
                        line("-1", "10", null, VatCategory.S, null),
                        line("1", "10", null, VatCategory.Z, null),
                        line("1", "10", null, VatCategory.E, "VATEX-SA-32"),
                        line("1", "10", null, VatCategory.S, "VATEX-SA-29"),
                        line("2", "10", "20.01", VatCategory.S, null),
                        line("1", "10.1234567", null, VatCategory.S, null),
                        line("1", "10", null, VatCategory.O, "VATEX-SA-99")))));

        assertThat(failed.errors()).extracting(FieldError::field, FieldError::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple("currency", "invoice.currency-sar-only"),
                org.assertj.core.groups.Tuple.tuple("lines[0].quantity", "invoice.negative-quantity"),
                org.assertj.core.groups.Tuple.tuple("lines[1].exemptionReasonCode", "invoice.exemption-required"),
                org.assertj.core.groups.Tuple.tuple("lines[2].exemptionReasonCode", "invoice.exemption-category"),
                org.assertj.core.groups.Tuple.tuple("lines[3].exemptionReasonCode", "invoice.exemption-not-allowed"),
                org.assertj.core.groups.Tuple.tuple("lines[4].discount", "invoice.discount-exceeds"),
                org.assertj.core.groups.Tuple.tuple("lines[5].unitPrice", "finance.decimal-format"),
                org.assertj.core.groups.Tuple.tuple("lines[6].exemptionReasonCode", "invoice.exemption-unknown"));
    }

    @Test
    void fixedExemptionCodesCarryZatcasTextWhileOutOfScopeKeepsTheCallersWords() {
        InvoiceDraft draft = InvoiceDraft.parse(new InvoiceRequest(InvoiceType.SIMPLIFIED, null, null, null, null, null,
                null, List.of(new InvoiceRequest.Line("Export", BigDecimal.ONE, BigDecimal.TEN, null, VatCategory.Z,
                        "VATEX-SA-32", "my own words", null),
                        new InvoiceRequest.Line("Donation", BigDecimal.ONE, BigDecimal.TEN, null, VatCategory.O,
                                "VATEX-SA-OOS", "Charitable donation", null))));

        assertThat(draft.lines().get(0).exemptionReason()).isEqualTo("Export of goods");
        assertThat(draft.lines().get(1).exemptionReason()).isEqualTo("Charitable donation");
    }

    private static InvoiceRequest.Line line(String quantity, String price, String discount, VatCategory category,
            String exemption) {
        return new InvoiceRequest.Line("Item", new BigDecimal(quantity), new BigDecimal(price),
                discount == null ? null : new BigDecimal(discount), category, exemption, null, null);
    }
}
