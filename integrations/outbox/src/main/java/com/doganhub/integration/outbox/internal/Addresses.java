package com.doganhub.integration.outbox.internal;

import com.doganhub.integration.api.email.EmailAddress;

/** Reads a configured sender, {@code Name <address>} or a bare address. */
final class Addresses {

    private Addresses() {
    }

    static EmailAddress parse(String text) {
        String value = text == null ? "" : text.strip();
        int open = value.lastIndexOf('<');
        if (open >= 0 && value.endsWith(">")) {
            String name = value.substring(0, open).strip().replace("\"", "");
            return new EmailAddress(value.substring(open + 1, value.length() - 1).strip(), name.isEmpty() ? null : name);
        }
        return EmailAddress.of(value);
    }
}
