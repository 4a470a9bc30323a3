package com.doganhub.integration.api.email;

/** Header values must stay on one line: a CR or LF would let a caller add headers of its own. */
final class HeaderValues {

    private HeaderValues() {
    }

    static void requireSingleLine(String field, String value) {
        if (value != null && (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0)) {
            throw new IllegalArgumentException(field + " must not contain CR or LF");
        }
    }
}
