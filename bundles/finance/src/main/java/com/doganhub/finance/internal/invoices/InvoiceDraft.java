package com.doganhub.finance.internal.invoices;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import com.doganhub.finance.api.ExemptionReason;
import com.doganhub.finance.api.InvoiceLine;
import com.doganhub.finance.api.VatCategory;
import com.doganhub.finance.internal.Inputs;
import com.doganhub.platform.api.error.FieldError;
import com.doganhub.platform.api.error.ValidationFailed;
import com.doganhub.platform.api.saudi.NationalAddress;
import com.doganhub.platform.api.saudi.VatNumber;

/**
 * A checked invoice request: every rule that needs no database is applied here, all faults reported at once. A
 * standard (B2B) invoice needs the buyer's VAT number, national address and the supply date; a line is never
 * negative (credit notes exist for that); Z, E and O lines carry an exemption reason of their own category.
 */
public record InvoiceDraft(InvoiceType type, String series, Customer customer, String currency, LocalDate issueDate,
        LocalDate supplyDate, LocalDate dueDate, String reason, List<Line> lines) {

    static final int MAX_LINES = 500;
    private static final Pattern SERIES = Pattern.compile("[A-Z0-9]{1,10}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");

    public record Customer(String nameAr, String nameEn, String vatNumber, String email, String buildingNumber,
            String street, String district, String city, String postalCode) {
    }

    public record Line(String description, BigDecimal quantity, BigDecimal unitPrice, BigDecimal discount,
            VatCategory category, String exemptionCode, String exemptionReason, String accountCode) {

        public InvoiceLine priced() {
            return new InvoiceLine(quantity, unitPrice, discount, category);
        }
    }

    public List<InvoiceLine> pricedLines() {
        return lines.stream().map(Line::priced).toList();
    }

    static InvoiceDraft parse(InvoiceRequest request) {
        if (request == null) {
            throw new ValidationFailed("$", "required");
        }
        List<FieldError> errors = new ArrayList<>();
        if (request.type() == null) {
            errors.add(FieldError.of("type", "required"));
        }
        boolean standard = request.type() == InvoiceType.STANDARD;
        String series = request.series() == null || request.series().isBlank() ? "INV" : request.series().strip();
        if (!SERIES.matcher(series).matches()) {
            errors.add(FieldError.of("series", "invoice.series-format"));
        } else if (series.equals("CRN")) {
            errors.add(FieldError.of("series", "invoice.series-reserved", series));
        }
        String currency = request.currency() == null || request.currency().isBlank() ? "SAR" : request.currency().strip();
        if (!"SAR".equals(currency)) {
            errors.add(FieldError.of("currency", "invoice.currency-sar-only"));
        }
        Customer customer = customer(errors, request.customer(), standard);
        if (standard && request.supplyDate() == null) {
            errors.add(FieldError.of("supplyDate", "invoice.supply-date-required"));
        }
        if (request.dueDate() != null && request.issueDate() != null && request.dueDate().isBefore(request.issueDate())) {
            errors.add(FieldError.of("dueDate", "invoice.due-before-issue"));
        }
        List<Line> lines = lines(errors, request.lines());
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        return new InvoiceDraft(request.type(), series, customer, currency, request.issueDate(), request.supplyDate(),
                request.dueDate(), null, lines);
    }

    /** Credit-note lines: the same rules as invoice lines. */
    static List<Line> parseLines(List<InvoiceRequest.Line> requested) {
        List<FieldError> errors = new ArrayList<>();
        List<Line> lines = lines(errors, requested);
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        return lines;
    }

    private static Customer customer(List<FieldError> errors, InvoiceRequest.Customer customer, boolean standard) {
        if (customer == null) {
            if (standard) {
                errors.add(FieldError.of("customer", "required"));
            }
            return new Customer(null, null, null, null, null, null, null, null, null);
        }
        String nameAr = Inputs.text(errors, "customer.nameAr", customer.nameAr(), 200, false);
        String nameEn = Inputs.text(errors, "customer.nameEn", customer.nameEn(), 200, false);
        if (standard && nameAr == null && nameEn == null) {
            errors.add(FieldError.of("customer.nameAr", "required"));
        }
        String vat = Inputs.text(errors, "customer.vatNumber", customer.vatNumber(), 15, standard);
        if (vat != null && !VatNumber.isValid(vat)) {
            errors.add(FieldError.of("customer.vatNumber", "vat-number.format"));
        }
        String email = Inputs.text(errors, "customer.email", customer.email(), 254, false);
        if (email != null && !EMAIL.matcher(email).matches()) {
            errors.add(FieldError.of("customer.email", "invoice.email-format"));
        }
        InvoiceRequest.Address address = customer.address();
        if (address == null) {
            if (standard) {
                errors.add(FieldError.of("customer.address", "required"));
            }
            return new Customer(nameAr, nameEn, vat, email, null, null, null, null, null);
        }
        try {
            NationalAddress parsed = NationalAddress.parse("customer.address", address.buildingNumber(), address.street(),
                    address.district(), address.city(), address.postalCode());
            return new Customer(nameAr, nameEn, vat, email, parsed.buildingNumber(), parsed.street(), parsed.district(),
                    parsed.city(), parsed.postalCode());
        } catch (ValidationFailed wrong) {
            errors.addAll(wrong.errors());
            return new Customer(nameAr, nameEn, vat, email, null, null, null, null, null);
        }
    }

    private static List<Line> lines(List<FieldError> errors, List<InvoiceRequest.Line> requested) {
        List<Line> lines = new ArrayList<>();
        if (requested == null || requested.isEmpty()) {
            errors.add(FieldError.of("lines", "required"));
            return lines;
        }
        if (requested.size() > MAX_LINES) {
            errors.add(FieldError.of("lines", "too-many", MAX_LINES));
            return lines;
        }
        for (int i = 0; i < requested.size(); i++) {
            InvoiceRequest.Line line = requested.get(i);
            String at = "lines[" + i + "]";
            if (line == null) {
                errors.add(FieldError.of(at, "required"));
                continue;
            }
            int before = errors.size();
            String description = Inputs.text(errors, at + ".description", line.description(), 1000, true);
            BigDecimal quantity = line.quantity();
            if (quantity != null && quantity.signum() < 0) {
                errors.add(FieldError.of(at + ".quantity", "invoice.negative-quantity"));
                quantity = null;
            } else {
                quantity = Inputs.decimal(errors, at + ".quantity", quantity);
                if (quantity != null && quantity.signum() == 0) {
                    errors.add(FieldError.of(at + ".quantity", "invoice.zero-quantity"));
                }
            }
            BigDecimal price = Inputs.decimal(errors, at + ".unitPrice", line.unitPrice());
            BigDecimal discount = Inputs.amount(errors, at + ".discount", line.discount(), false);
            discount = discount == null ? BigDecimal.ZERO.setScale(2) : discount;
            Inputs.pricedLine(errors, at, quantity, price, discount);
            VatCategory category = line.vatCategory();
            String code = Inputs.text(errors, at + ".exemptionReasonCode", line.exemptionReasonCode(), 20, false);
            String reasonText = Inputs.text(errors, at + ".exemptionReason", line.exemptionReason(), 1000, false);
            String account = Inputs.text(errors, at + ".accountCode", line.accountCode(), 20, false);
            if (category == null) {
                errors.add(FieldError.of(at + ".vatCategory", "required"));
            } else if (!category.needsExemptionReason()) {
                if (code != null) {
                    errors.add(FieldError.of(at + ".exemptionReasonCode", "invoice.exemption-not-allowed"));
                }
                reasonText = null;
            } else if (code == null) {
                errors.add(FieldError.of(at + ".exemptionReasonCode", "invoice.exemption-required", category.name()));
            } else {
                Optional<ExemptionReason> reason = ExemptionReason.byCode(code);
                if (reason.isEmpty()) {
                    errors.add(FieldError.of(at + ".exemptionReasonCode", "invoice.exemption-unknown", code));
                } else if (reason.get().category() != category) {
                    errors.add(FieldError.of(at + ".exemptionReasonCode", "invoice.exemption-category", code,
                            reason.get().category().name()));
                } else if (reason.get() != ExemptionReason.VATEX_SA_OOS || reasonText == null) {
                    // ZATCA matches the text of the fixed codes; out-of-scope supplies may say why in their own words
                    reasonText = reason.get().textEn();
                }
            }
            if (errors.size() == before) {
                lines.add(new Line(description, quantity, price, discount, category, code, reasonText, account));
            }
        }
        return lines;
    }
}
