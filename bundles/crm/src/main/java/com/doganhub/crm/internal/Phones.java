package com.doganhub.crm.internal;

import java.util.regex.Pattern;

/**
 * Phone numbers in E.164. Saudi numbers as people write them are accepted and rewritten: {@code 0501234567},
 * {@code 00966501234567}, {@code 966 50 123 4567} all become {@code +966501234567}. Anything else must already be
 * {@code +} and 8 to 15 digits.
 */
public final class Phones {

    private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{7,14}");

    private Phones() {
    }

    /** @return the E.164 form, or {@code null} when it is not a phone number */
    public static String e164(String input) {
        if (input == null) {
            return null;
        }
        String digits = input.strip().replaceAll("[\\s\\-().]", "");
        if (digits.startsWith("00")) {
            digits = "+" + digits.substring(2);
        } else if (digits.matches("05\\d{8}")) {
            digits = "+966" + digits.substring(1);
        } else if (digits.matches("9665\\d{8}")) {
            digits = "+" + digits;
        }
        return E164.matcher(digits).matches() ? digits : null;
    }
}
