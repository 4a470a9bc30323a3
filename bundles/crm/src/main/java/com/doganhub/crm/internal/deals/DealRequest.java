package com.doganhub.crm.internal.deals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import com.doganhub.crm.internal.Inputs;
import com.doganhub.platform.api.Money;
import com.doganhub.platform.api.error.FieldError;
import com.doganhub.platform.api.error.ValidationFailed;

/**
 * A deal as clients send it: {@code amount} a decimal string, {@code currency} ISO 4217 (default SAR); without a
 * pipeline the tenant's default one, without a stage the pipeline's first.
 */
public record DealRequest(String title, String pipelineId, String stageId, String amount, String currency,
        String expectedCloseDate, String ownerId, String contactId, String companyId) {

    record Valid(String title, Money amount, LocalDate expectedCloseDate, String ownerId, String contactId,
            String companyId) {
    }

    Valid validate(String caller) {
        List<FieldError> errors = new ArrayList<>();
        String name = Inputs.text(errors, "title", title, 200, true);
        Money money = null;
        String code = currency == null || currency.isBlank() ? "SAR" : currency.strip();
        if (amount == null || amount.isBlank()) {
            errors.add(FieldError.of("amount", "required"));
        } else {
            try {
                BigDecimal value = new BigDecimal(amount.strip());
                if (value.signum() < 0 || value.scale() > 2 || value.precision() - value.scale() > 15) {
                    errors.add(FieldError.of("amount", "crm.amount-format"));
                } else {
                    money = new Money(value, code);
                }
            } catch (NumberFormatException notANumber) {
                errors.add(FieldError.of("amount", "crm.amount-format"));
            } catch (IllegalArgumentException unknownCurrency) {
                errors.add(FieldError.of("currency", "crm.currency-format"));
            }
        }
        LocalDate close = null;
        if (expectedCloseDate != null && !expectedCloseDate.isBlank()) {
            try {
                close = LocalDate.parse(expectedCloseDate.strip());
            } catch (DateTimeParseException notADate) {
                errors.add(FieldError.of("expectedCloseDate", "crm.date-format"));
            }
        }
        String owner = Inputs.text(errors, "ownerId", ownerId, 64, false);
        String contact = Inputs.text(errors, "contactId", contactId, 36, false);
        String company = Inputs.text(errors, "companyId", companyId, 36, false);
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        return new Valid(name, money, close, owner == null ? caller : owner, contact, company);
    }
}
