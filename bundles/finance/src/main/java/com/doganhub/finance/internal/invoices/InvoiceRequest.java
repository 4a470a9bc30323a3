package com.doganhub.finance.internal.invoices;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.doganhub.finance.api.VatCategory;

/**
 * The body of {@code POST /api/v1/finance/invoices} and {@code PUT .../{id}} (drafts). Amounts, quantities and
 * prices are decimal strings; {@code discount} is an amount off the line (not a percentage).
 */
public record InvoiceRequest(InvoiceType type, String series, Customer customer, String currency, LocalDate issueDate,
        LocalDate supplyDate, LocalDate dueDate, List<Line> lines) {

    public record Customer(String nameAr, String nameEn, String vatNumber, String email, Address address) {
    }

    /** The Saudi national address. */
    public record Address(String buildingNumber, String street, String district, String city, String postalCode) {
    }

    public record Line(String description, BigDecimal quantity, BigDecimal unitPrice, BigDecimal discount,
            VatCategory vatCategory, String exemptionReasonCode, String exemptionReason, String accountCode) {
    }
}
