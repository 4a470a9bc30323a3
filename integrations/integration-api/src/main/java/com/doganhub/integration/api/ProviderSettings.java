package com.doganhub.integration.api;

/** Reading provider settings that come from {@code etc/} files with {@code ${env:NAME}} references. */
public final class ProviderSettings {

    private ProviderSettings() {
    }

    /**
     * The configured value, or {@code null} when it is blank or a reference left unresolved (an unset environment
     * variable): such a provider is not configured, rather than configured with a nonsense value.
     */
    public static String value(String configured) {
        if (configured == null) {
            return null;
        }
        String value = configured.strip();
        return value.isEmpty() || value.startsWith("${") ? null : value;
    }
}
