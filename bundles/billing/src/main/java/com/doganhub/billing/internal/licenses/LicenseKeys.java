package com.doganhub.billing.internal.licenses;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.NamedParameterSpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.doganhub.billing.api.LicenseInfo;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Signs and verifies license keys: {@code DH1.<base64url(claims JSON)>.<base64url(Ed25519 signature)>}. The signature
 * covers the exact bytes of the claims, so any change to them is detected, and anyone holding the public key (PEM) can
 * check a key offline, {@code openssl pkeyutl -verify} included. The Ed25519 key pair is derived from the operator's
 * secret (HMAC-SHA256 of a fixed label), so every node signs with the same key and nothing else has to be stored.
 */
public final class LicenseKeys {

    static final String PREFIX = "DH1";
    private static final String DERIVATION_LABEL = "doganhub-license-ed25519-v1";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final KeyPair keys;

    public LicenseKeys(byte[] secret) {
        if (secret == null || secret.length < 16) {
            throw new IllegalArgumentException("the license secret needs at least 16 bytes");
        }
        this.keys = derive(secret);
    }

    public String sign(LicenseInfo license) {
        byte[] claims = claims(license);
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(keys.getPrivate());
            signer.update(claims);
            Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
            return PREFIX + "." + url.encodeToString(claims) + "." + url.encodeToString(signer.sign());
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("Ed25519 is part of every Java 17 runtime", impossible);
        }
    }

    /** @throws IllegalArgumentException for a malformed or tampered key */
    public LicenseInfo verify(String key) {
        if (key == null) {
            throw new IllegalArgumentException("no license key");
        }
        String[] parts = key.strip().split("\\.");
        if (parts.length != 3 || !PREFIX.equals(parts[0])) {
            throw new IllegalArgumentException("not a DoganHub license key (DH1.<claims>.<signature>)");
        }
        byte[] claims;
        byte[] signature;
        try {
            claims = Base64.getUrlDecoder().decode(parts[1]);
            signature = Base64.getUrlDecoder().decode(parts[2]);
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalArgumentException("the license key is not base64url");
        }
        try {
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(keys.getPublic());
            verifier.update(claims);
            if (!verifier.verify(signature)) {
                throw new IllegalArgumentException("the license key's signature does not match: it was changed");
            }
        } catch (java.security.SignatureException badLength) {
            throw new IllegalArgumentException("the license key's signature does not match: it was changed");
        } catch (InvalidKeyException | java.security.NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
        return read(claims);
    }

    /**
     * The claims of a key without checking its signature: only for keys this platform stored itself, when the signing
     * secret has been changed since they were signed.
     */
    public LicenseInfo readUnverified(String key) {
        String[] parts = key == null ? new String[0] : key.strip().split("\\.");
        if (parts.length != 3 || !PREFIX.equals(parts[0])) {
            throw new IllegalArgumentException("not a DoganHub license key (DH1.<claims>.<signature>)");
        }
        return read(Base64.getUrlDecoder().decode(parts[1]));
    }

    /** The public key as PEM ({@code -----BEGIN PUBLIC KEY-----}, X.509 SubjectPublicKeyInfo). */
    public String publicKeyPem() {
        return pem(keys.getPublic());
    }

    static String pem(PublicKey key) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(key.getEncoded());
        return "-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----\n";
    }

    private static byte[] claims(LicenseInfo license) {
        ObjectNode node = JSON.createObjectNode();
        node.put("v", 1);
        node.put("lic", license.licenseId());
        node.put("tenant", license.tenantId());
        node.put("slug", license.tenantSlug());
        node.put("plan", license.planId());
        node.put("seats", license.seats());
        license.modules().forEach(node.putArray("modules")::add);
        if (license.modules().isEmpty()) {
            node.putArray("modules");
        }
        ObjectNode quotas = node.putObject("quotas");
        license.quotas().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(quota -> quotas.put(quota.getKey(), quota.getValue()));
        node.put("iat", license.issuedAt().getEpochSecond());
        node.put("exp", license.expiresAt().getEpochSecond());
        node.put("src", license.source());
        try {
            return JSON.writeValueAsBytes(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static LicenseInfo read(byte[] claims) {
        try {
            JsonNode node = JSON.readTree(claims);
            List<String> modules = new ArrayList<>();
            node.path("modules").forEach(module -> modules.add(module.asText()));
            Map<String, Long> quotas = new LinkedHashMap<>();
            node.path("quotas").fields().forEachRemaining(quota -> quotas.put(quota.getKey(), quota.getValue().asLong()));
            return new LicenseInfo(node.path("lic").asText(), node.path("tenant").asText(), node.path("slug").asText(),
                    node.path("plan").asText(), node.path("seats").asInt(), modules, quotas,
                    Instant.ofEpochSecond(node.path("iat").asLong()), Instant.ofEpochSecond(node.path("exp").asLong()),
                    node.path("src").asText());
        } catch (java.io.IOException | RuntimeException unreadable) {
            throw new IllegalArgumentException("the license key's claims cannot be read");
        }
    }

    /**
     * The JDK generates an Ed25519 pair from exactly 32 bytes of its random source, so a source that returns the
     * derived seed yields the same pair on every node and at every start.
     */
    private static KeyPair derive(byte[] secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] seed = mac.doFinal(DERIVATION_LABEL.getBytes(StandardCharsets.US_ASCII));
            KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
            generator.initialize(NamedParameterSpec.ED25519, new SeedSource(seed));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("Ed25519 is part of every Java 17 runtime", impossible);
        }
    }

    /** Hands out the seed, and nothing else, as "randomness". */
    private static final class SeedSource extends SecureRandom {

        private static final long serialVersionUID = 1L;
        private final byte[] seed;

        SeedSource(byte[] seed) {
            this.seed = seed.clone();
        }

        @Override
        public void nextBytes(byte[] bytes) {
            if (bytes.length != seed.length) {
                throw new IllegalStateException("Ed25519 asked for " + bytes.length + " bytes, expected 32");
            }
            System.arraycopy(seed, 0, bytes, 0, seed.length);
        }
    }
}
