package com.doganhub.crm.internal.contacts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.doganhub.crm.internal.Inputs;
import com.doganhub.platform.api.error.FieldError;
import com.doganhub.platform.api.error.ValidationFailed;

/**
 * A contact as clients send it; {@code ownerId} defaults to the caller; {@code customFields} holds values of the
 * tenant's custom fields by key (checked against their definitions by {@code CustomFields}).
 */
public record ContactRequest(String nameAr, String nameEn, List<String> emails, List<String> phones, String companyId,
        String ownerId, List<String> tags, Map<String, Object> customFields) {

    public record Valid(String nameAr, String nameEn, List<String> emails, List<String> phones, String companyId,
            String ownerId, List<String> tags) {
    }

    Valid validate(String caller) {
        List<FieldError> errors = new ArrayList<>();
        Valid valid = validate(caller, errors);
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        return valid;
    }

    /** Checks every field, adding what is wrong to {@code errors}; the result is meaningful only when none was added. */
    public Valid validate(String caller, List<FieldError> errors) {
        String ar = Inputs.text(errors, "nameAr", nameAr, 200, false);
        String en = Inputs.text(errors, "nameEn", nameEn, 200, false);
        if (ar == null && en == null && errors.isEmpty()) {
            errors.add(FieldError.of("nameAr", "crm.name-required"));
        }
        List<String> validEmails = Inputs.emails(errors, "emails", emails);
        List<String> validPhones = Inputs.phones(errors, "phones", phones);
        List<String> validTags = Inputs.tags(errors, "tags", tags);
        if (validEmails.size() > 10) {
            errors.add(FieldError.of("emails", "crm.too-many", 10));
        }
        if (validPhones.size() > 10) {
            errors.add(FieldError.of("phones", "crm.too-many", 10));
        }
        if (validTags.size() > 20) {
            errors.add(FieldError.of("tags", "crm.too-many", 20));
        }
        String company = Inputs.text(errors, "companyId", companyId, 36, false);
        String owner = Inputs.text(errors, "ownerId", ownerId, 64, false);
        return new Valid(ar, en, validEmails, validPhones, company, owner == null ? caller : owner, validTags);
    }
}
