package com.doganhub.zatca.internal.onboarding;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.doganhub.platform.api.error.FieldError;
import com.doganhub.platform.api.error.ValidationFailed;

/**
 * An e-invoicing device (EGS unit) as ZATCA's CSR describes it.
 *
 * @param commonName       the unit's name (CN), e.g. {@code TST-886431145-399999999900003}
 * @param organizationName the taxpayer's name (O)
 * @param organizationUnit the branch (OU); for a VAT group, the member's 10-digit TIN
 * @param vatNumber        the taxpayer's VAT number (UID), 15 digits from 3 to 3
 * @param serialNumber     {@code 1-<solution>|2-<model or version>|3-<unit serial>} (SN)
 * @param invoiceTypes     four flags {@code TSCZ}: standard, simplified, future use, future use — {@code 1100} for both
 * @param location         the unit's address (registeredAddress)
 * @param industry         the taxpayer's industry (businessCategory)
 */
public record EgsUnit(String commonName, String organizationName, String organizationUnit, String vatNumber,
        String serialNumber, String invoiceTypes, String location, String industry, Environment environment) {

    private static final Pattern VAT = Pattern.compile("3\\d{13}3");
    private static final Pattern SERIAL = Pattern.compile("1-[^|]+\\|2-[^|]+\\|3-[^|]+");
    private static final Pattern TYPES = Pattern.compile("[01]{4}");

    /** Where the certificate will be used; each has its own certificate template name. */
    public enum Environment {
        SANDBOX("TSTZATCA-Code-Signing"),
        SIMULATION("PREZATCA-Code-Signing"),
        PRODUCTION("ZATCA-Code-Signing");

        private final String templateName;

        Environment(String templateName) {
            this.templateName = templateName;
        }

        public String templateName() {
            return templateName;
        }
    }

    /** Every field ZATCA would refuse, named at once. */
    public void validate() {
        List<FieldError> errors = new ArrayList<>();
        required(errors, "commonName", commonName);
        required(errors, "organizationName", organizationName);
        required(errors, "organizationUnit", organizationUnit);
        required(errors, "location", location);
        required(errors, "industry", industry);
        if (vatNumber == null || !VAT.matcher(vatNumber).matches()) {
            errors.add(FieldError.of("vatNumber", "vat-number.format"));
        } else if (vatNumber.charAt(10) == '1' && (organizationUnit == null || !organizationUnit.matches("\\d{10}"))) {
            errors.add(FieldError.of("organizationUnit", "zatca.group-member-tin")); // a VAT group names its member
        }
        if (serialNumber == null || !SERIAL.matcher(serialNumber).matches()) {
            errors.add(FieldError.of("serialNumber", "zatca.egs-serial-format"));
        }
        if (invoiceTypes == null || !TYPES.matcher(invoiceTypes).matches() || invoiceTypes.startsWith("00")) {
            errors.add(FieldError.of("invoiceTypes", "zatca.invoice-types-format"));
        }
        if (environment == null) {
            errors.add(FieldError.of("environment", "required"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
    }

    private static void required(List<FieldError> errors, String field, String value) {
        if (value == null || value.isBlank()) {
            errors.add(FieldError.of(field, "required"));
        }
    }
}
