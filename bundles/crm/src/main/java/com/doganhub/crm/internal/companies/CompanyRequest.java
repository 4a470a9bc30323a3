package com.doganhub.crm.internal.companies;

import java.util.ArrayList;
import java.util.List;

import com.doganhub.crm.internal.Inputs;
import com.doganhub.platform.api.error.FieldError;
import com.doganhub.platform.api.error.ValidationFailed;
import com.doganhub.platform.api.saudi.VatNumber;

/** A company as clients send it; {@link #validate} names every field at fault at once. */
public record CompanyRequest(String nameAr, String nameEn, String vatNumber, String crNumber, String buildingNumber,
        String street, String district, String city, String postalCode, String industry) {

    record Valid(String nameAr, String nameEn, String vatNumber, String crNumber, String buildingNumber, String street,
            String district, String city, String postalCode, String industry) {
    }

    Valid validate() {
        List<FieldError> errors = new ArrayList<>();
        String ar = Inputs.text(errors, "nameAr", nameAr, 200, false);
        String en = Inputs.text(errors, "nameEn", nameEn, 200, false);
        if (ar == null && en == null && errors.isEmpty()) {
            errors.add(FieldError.of("nameAr", "crm.name-required"));
        }
        String vat = Inputs.text(errors, "vatNumber", vatNumber, 15, false);
        if (vat != null && !VatNumber.isValid(vat)) {
            errors.add(FieldError.of("vatNumber", "vat-number.format"));
        }
        String cr = Inputs.text(errors, "crNumber", crNumber, 10, false);
        if (cr != null && !cr.matches("\\d{10}")) {
            errors.add(FieldError.of("crNumber", "crm.cr-number-format"));
        }
        String building = Inputs.text(errors, "buildingNumber", buildingNumber, 4, false);
        if (building != null && !building.matches("\\d{4}")) {
            errors.add(FieldError.of("buildingNumber", "crm.building-number-format"));
        }
        String postal = Inputs.text(errors, "postalCode", postalCode, 5, false);
        if (postal != null && !postal.matches("\\d{5}")) {
            errors.add(FieldError.of("postalCode", "crm.postal-code-format"));
        }
        Valid valid = new Valid(ar, en, vat, cr, building, Inputs.text(errors, "street", street, 1000, false),
                Inputs.text(errors, "district", district, 127, false), Inputs.text(errors, "city", city, 127, false),
                postal, Inputs.text(errors, "industry", industry, 100, false));
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        return valid;
    }
}
