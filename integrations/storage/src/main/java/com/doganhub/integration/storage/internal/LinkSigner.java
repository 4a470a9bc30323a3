package com.doganhub.integration.storage.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Platform-signed read links for providers without their own: the token is
 * {@code base64url(tenant \n key \n expiry) . base64url(HMAC-SHA256)}. Changing any byte of tenant, key or expiry
 * breaks the signature, so a link for one object never opens another, nor another tenant's.
 */
final class LinkSigner {

    /** What a valid token grants. */
    record Grant(String tenantId, String key, Instant expiresAt) {
    }

    private final byte[] key;

    LinkSigner(byte[] key) {
        if (key.length < 32) {
            throw new IllegalArgumentException("a link key needs at least 32 bytes");
        }
        this.key = key.clone();
    }

    String sign(String tenantId, String objectKey, Instant expiresAt) {
        String payload = tenantId + "\n" + objectKey + "\n" + expiresAt.getEpochSecond();
        return encode(payload.getBytes(StandardCharsets.UTF_8)) + "." + encode(mac(payload));
    }

    /** The grant of a well-signed token, expired or not; empty for anything else. */
    Optional<Grant> verify(String token) {
        int dot = token == null ? -1 : token.indexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        try {
            String payload = new String(Base64.getUrlDecoder().decode(token.substring(0, dot)), StandardCharsets.UTF_8);
            byte[] signature = Base64.getUrlDecoder().decode(token.substring(dot + 1));
            if (!MessageDigest.isEqual(signature, mac(payload))) {
                return Optional.empty();
            }
            String[] parts = payload.split("\n", -1);
            if (parts.length != 3) {
                return Optional.empty();
            }
            return Optional.of(new Grant(parts[0], parts[1], Instant.ofEpochSecond(Long.parseLong(parts[2]))));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    private byte[] mac(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static String encode(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
