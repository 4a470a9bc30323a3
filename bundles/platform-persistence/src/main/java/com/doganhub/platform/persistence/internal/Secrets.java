package com.doganhub.platform.persistence.internal;

/** Keeps passwords out of logs and status texts. */
final class Secrets {

    private Secrets() {
    }

    /** Hides the password in {@code scheme://user:password@host} and in {@code password=} URL parameters. */
    static String maskUrl(String url) {
        if (url == null) {
            return "";
        }
        return url.replaceAll("(//[^:/@]+:)[^@]*@", "$1****@")
                .replaceAll("(?i)(password=)[^&;]*", "$1****");
    }
}
