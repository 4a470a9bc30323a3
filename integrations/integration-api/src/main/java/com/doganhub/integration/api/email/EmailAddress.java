package com.doganhub.integration.api.email;

import java.util.regex.Pattern;

/**
 * A mailbox. Refuses anything that could inject a header (CR or LF) and addresses without a local part and a
 * dotted domain; a display name may be Arabic.
 */
public record EmailAddress(String address, String displayName) {

    private static final Pattern ADDRESS = Pattern.compile("[^@\\s<>\",;]+@[^@\\s<>\",;]+\\.[^@\\s<>\",;.]+");

    public EmailAddress {
        if (address == null || address.length() > 254 || !ADDRESS.matcher(address).matches()) {
            throw new IllegalArgumentException("not an email address: " + address);
        }
        HeaderValues.requireSingleLine("displayName", displayName);
    }

    public static EmailAddress of(String address) {
        return new EmailAddress(address, null);
    }
}
