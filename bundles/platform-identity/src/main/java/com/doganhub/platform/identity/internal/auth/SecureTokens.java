package com.doganhub.platform.identity.internal.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Opaque single-purpose tokens (refresh, password reset, email verification, invitation):
 * {@code <tenant id>.<256 random bits, base64url>}. Only their SHA-256 is stored. The tenant id in front lets the
 * platform scope the lookup to one tenant before it knows who the caller is.
 */
public final class SecureTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern SHAPE = Pattern.compile("([0-9a-f-]{36})\\.[A-Za-z0-9_-]{43}");

    private SecureTokens() {
    }

    public static String generate(String tenantId) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return tenantId + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    /** The tenant a token claims to belong to, or empty when it is not shaped like one of ours. */
    public static Optional<String> tenantOf(String token) {
        if (token == null) {
            return Optional.empty();
        }
        var matcher = SHAPE.matcher(token.strip());
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    public static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.strip().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java runtime has SHA-256", impossible);
        }
    }
}
