package com.doganhub.integration.runtime.internal.tenant;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import com.doganhub.platform.api.SecretFile;

/**
 * Seals tenants' provider settings at rest: AES-256-GCM with a random 96-bit nonce per value, stored as
 * {@code v1:<base64(nonce | ciphertext | tag)>}. The tenant id is authenticated data, so a sealed value copied into
 * another tenant's row does not open.
 */
public final class SecretBox {

    static final String PREFIX = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    SecretBox(byte[] key) {
        if (key.length != 32) {
            throw new IllegalArgumentException("the secrets key must be 32 bytes (base64 of 32 random bytes)");
        }
        this.key = new SecretKeySpec(key.clone(), "AES");
    }

    /**
     * The key from configuration (base64 of 32 bytes), or else the one in {@code keyFile}, generated there (owner-only)
     * on first use.
     */
    static SecretBox fromConfigurationOrFile(String configured, Path keyFile) {
        if (configured != null && !configured.isBlank() && !configured.startsWith("${")) {
            return new SecretBox(Base64.getDecoder().decode(configured.strip()));
        }
        return new SecretBox(SecretFile.readOrCreate(keyFile, 32));
    }

    String seal(String plain, String tenantId) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        byte[] sealed = crypt(Cipher.ENCRYPT_MODE, nonce, plain.getBytes(StandardCharsets.UTF_8), tenantId);
        return PREFIX + Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length).put(nonce)
                .put(sealed).array());
    }

    /** @throws IllegalStateException when the value was sealed with another key or for another tenant, or altered */
    String open(String sealed, String tenantId) {
        if (!sealed.startsWith(PREFIX)) {
            throw new IllegalStateException("not a sealed value");
        }
        byte[] all;
        try {
            all = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalStateException("not a sealed value");
        }
        if (all.length <= NONCE_BYTES) {
            throw new IllegalStateException("not a sealed value");
        }
        byte[] nonce = java.util.Arrays.copyOfRange(all, 0, NONCE_BYTES);
        byte[] body = java.util.Arrays.copyOfRange(all, NONCE_BYTES, all.length);
        return new String(crypt(Cipher.DECRYPT_MODE, nonce, body, tenantId), StandardCharsets.UTF_8);
    }

    private byte[] crypt(int mode, byte[] nonce, byte[] input, String tenantId) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(128, nonce));
            cipher.updateAAD(tenantId.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException failed) {
            throw new IllegalStateException("sealed settings do not open with this key for this tenant");
        }
    }
}
