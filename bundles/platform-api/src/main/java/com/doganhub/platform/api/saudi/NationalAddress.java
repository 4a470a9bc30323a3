package com.doganhub.platform.api.saudi;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.doganhub.platform.api.error.FieldError;
import com.doganhub.platform.api.error.ValidationFailed;

/**
 * A Saudi national address as ZATCA requires it for a seller or a Saudi buyer (BR-KSA-09, BR-KSA-63): street,
 * 4-digit building number (BR-KSA-37), district, city and 5-digit postal code (BR-KSA-66, BR-KSA-67). Texts may be
 * Arabic.
 */
public record NationalAddress(String buildingNumber, String street, String district, String city, String postalCode) {

    static final int STREET_MAX = 1000;
    static final int DISTRICT_MAX = 127;
    static final int CITY_MAX = 127;
    private static final Pattern BUILDING_NUMBER = Pattern.compile("\\d{4}");
    private static final Pattern POSTAL_CODE = Pattern.compile("\\d{5}");

    public NationalAddress {
        List<FieldError> errors = problems("", buildingNumber, street, district, city, postalCode);
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException("not a valid national address: " + errors);
        }
    }

    /**
     * Builds an address from client input, trimming each part.
     *
     * @param prefix the JSON path of the address object ({@code address}, {@code customer.address})
     * @throws ValidationFailed listing every part at fault, as {@code prefix.part}
     */
    public static NationalAddress parse(String prefix, String buildingNumber, String street, String district,
            String city, String postalCode) {
        String b = strip(buildingNumber);
        String s = strip(street);
        String d = strip(district);
        String c = strip(city);
        String p = strip(postalCode);
        List<FieldError> errors = problems(prefix, b, s, d, c, p);
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        return new NationalAddress(b, s, d, c, p);
    }

    private static List<FieldError> problems(String prefix, String buildingNumber, String street, String district,
            String city, String postalCode) {
        String at = prefix == null || prefix.isEmpty() ? "" : prefix + ".";
        List<FieldError> errors = new ArrayList<>();
        pattern(errors, at + "buildingNumber", buildingNumber, BUILDING_NUMBER, "building-number.format");
        text(errors, at + "street", street, STREET_MAX);
        text(errors, at + "district", district, DISTRICT_MAX);
        text(errors, at + "city", city, CITY_MAX);
        pattern(errors, at + "postalCode", postalCode, POSTAL_CODE, "postal-code.format");
        return errors;
    }

    private static void pattern(List<FieldError> errors, String field, String value, Pattern format, String code) {
        if (value == null || value.isEmpty()) {
            errors.add(FieldError.of(field, "required"));
        } else if (!format.matcher(value).matches()) {
            errors.add(FieldError.of(field, code));
        }
    }

    private static void text(List<FieldError> errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            errors.add(FieldError.of(field, "required"));
        } else if (value.length() > max) {
            errors.add(FieldError.of(field, "too-long", max));
        }
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }
}
