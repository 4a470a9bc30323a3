package com.doganhub.platform.api;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How secrets are shown wherever they have to be shown at all (status reports, audit entries, configuration
 * listings): {@code sk_live_51H…1234} becomes {@code sk_l…1234}; short values reveal nothing.
 */
public final class SecretMask {

    /** What a fully hidden value looks like. */
    public static final String HIDDEN = "••••";

    private static final int SHOWN = 4;
    private static final int SHORTEST_PARTLY_SHOWN = 16;

    private static final Pattern URL_CREDENTIALS = Pattern.compile("//[^/@\\s]+@");
    private static final Pattern SECRET_PAIR = Pattern.compile(
            "(?i)([a-z_.-]*(?:password|secret|token|apikey|api_key|api-key|credential)[a-z_.-]*)(\\s*[=:]\\s*)(?:RAW\\([^)]*\\)|[^\\s&,;]+)");
    private static final Pattern AUTHORIZATION = Pattern.compile(
            "(?i)\\b(bearer|basic)\\s+[A-Za-z0-9._~+/=-]{8,}");

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

    /**
     * Free text (an exception message, a provider's answer) with anything that looks like a credential hidden:
     * {@code user:password@} in URLs, {@code password=…}/{@code apiKey: …} pairs and bearer or basic
     * authorisation values.
     */
    public static String scrub(String text) {
        if (text == null) {
            return null;
        }
        String scrubbed = URL_CREDENTIALS.matcher(text).replaceAll("//" + HIDDEN + "@");
        scrubbed = SECRET_PAIR.matcher(scrubbed).replaceAll("$1$2" + HIDDEN);
        return AUTHORIZATION.matcher(scrubbed).replaceAll("$1 " + HIDDEN);
    }

    /** Whether a field of this name holds a secret: passwords, tokens, keys, credentials. */
    public static boolean isSecretName(String fieldName) {
        String name = fieldName.toLowerCase(Locale.ROOT);
        return name.contains("password") || name.contains("secret") || name.contains("token")
                || name.endsWith("key") || name.contains("credential");
    }
}
