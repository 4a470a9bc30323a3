package com.doganhub.billing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.doganhub.billing.api.LicenseInfo;
import com.doganhub.billing.internal.licenses.LicenseKeys;

class LicenseKeysTest {

    private static final byte[] SECRET = "operator-license-secret-0123456789".getBytes(StandardCharsets.UTF_8);

    private static LicenseInfo license() {
        return new LicenseInfo("lic-1", "t-1", "alnoor", "pro", 5, List.of("finance", "crm"),
                Map.of("invoices.monthly", 500L, "storage.bytes", 10L << 30), Instant.parse("2026-11-01T00:00:00Z"),
                Instant.parse("2026-12-01T00:00:00Z"), "stripe");
    }

    @Test
    void aSignedKeyReadsBackItsClaims() {
        LicenseKeys keys = new LicenseKeys(SECRET);
        String key = keys.sign(license());

        assertThat(key).startsWith("DH1.");
        assertThat(keys.verify(key)).isEqualTo(license());
    }

    @Test
    void everyNodeDerivesTheSameKeyPairFromTheSecret() {
        String key = new LicenseKeys(SECRET).sign(license());

        assertThat(new LicenseKeys(SECRET).verify(key).seats()).isEqualTo(5);
        assertThat(new LicenseKeys(SECRET).publicKeyPem()).isEqualTo(new LicenseKeys(SECRET).publicKeyPem());
        assertThatThrownBy(() -> new LicenseKeys("another-operators-secret-0123456".getBytes(StandardCharsets.UTF_8))
                .verify(key)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("changed");
    }

    @Test
    void aTamperedKeyIsRejected() {
        LicenseKeys keys = new LicenseKeys(SECRET);
        String[] parts = keys.sign(license()).split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String moreSeats = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(claims.replace("\"seats\":5", "\"seats\":500").getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> keys.verify(parts[0] + "." + moreSeats + "." + parts[2]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("changed");
        assertThatThrownBy(() -> keys.verify(parts[0] + "." + parts[1] + "." + parts[2].substring(3)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> keys.verify("DH1.not base64.x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> keys.verify("eyJhbGciOi.x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aKeyStoredBeforeTheSecretChangedStillReads() {
        String old = new LicenseKeys(SECRET).sign(license());
        LicenseKeys rotated = new LicenseKeys("the-operators-new-secret-0123456789".getBytes(StandardCharsets.UTF_8));

        assertThat(rotated.readUnverified(old)).isEqualTo(license());
        assertThat(rotated.verify(rotated.sign(rotated.readUnverified(old)))).isEqualTo(license());
    }

    /** What an offline verifier does with nothing but the published PEM: the JDK's own Ed25519. */
    @Test
    void thePublishedPublicKeyVerifiesOffline() throws Exception {
        LicenseKeys keys = new LicenseKeys(SECRET);
        String[] parts = keys.sign(license()).split("\\.");
        String pem = keys.publicKeyPem();
        byte[] der = Base64.getMimeDecoder().decode(pem.replace("-----BEGIN PUBLIC KEY-----", "")
                .replace("-----END PUBLIC KEY-----", ""));
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der)));
        verifier.update(Base64.getUrlDecoder().decode(parts[1]));

        assertThat(verifier.verify(Base64.getUrlDecoder().decode(parts[2]))).isTrue();
    }
}
