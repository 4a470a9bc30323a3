package com.doganhub.platform.api;

/**
 * How secrets are shown wherever they have to be shown at all (status reports, audit entries, configuration
 * listings): {@code sk_live_51H…1234} becomes {@code sk_l…1234}; short values reveal nothing.
 */
public final class SecretMask {

    /** What a fully hidden value looks like. */
    public static final String HIDDEN = "••••";

    private static final int SHOWN = 4;
    private static final int SHORTEST_PARTLY_SHOWN = 16;

    private SecretMask() {
    }

    /** The first and last four characters of a long secret, nothing of a short one; {@code null} stays {@code null}. */
    public static String mask(String secret) {
        if (secret == null) {
            return null;
        }
        if (secret.length() < SHORTEST_PARTLY_SHOWN) {
            return HIDDEN;
        }
        return secret.substring(0, SHOWN) + "…" + secret.substring(secret.length() - SHOWN);
    }

    /** Whether a field of this name holds a secret: passwords, tokens, keys, credentials. */
    public static boolean isSecretName(String fieldName) {
        String name = fieldName.toLowerCase(java.util.Locale.ROOT);
        return name.contains("password") || name.contains("secret") || name.contains("token")
                || name.endsWith("key") || name.contains("credential");
    }
}
