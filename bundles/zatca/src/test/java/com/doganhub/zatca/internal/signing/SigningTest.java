package com.doganhub.zatca.internal.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.junit.jupiter.api.Test;

import com.doganhub.zatca.internal.Vectors;
import com.doganhub.zatca.internal.hash.InvoiceHash;
import com.fasterxml.jackson.databind.JsonNode;

class SigningTest {

    private static final String SIMPLIFIED = "sdk-r3.2.7/Samples/Simplified/Invoice/Simplified_Invoice.xml";

    private final InvoiceSignatures signatures = new InvoiceSignatures();

    @Test
    void theCertificateDigestIsOfTheBase64TextAsTheSdkComputesIt() {
        assertThat(XadesDigests.certificateDigest(certificateText()))
                .isEqualTo(Vectors.other("sdk-cert-digest").get("expected").asText());
    }

    @Test
    void theSignedPropertiesDigestsOfBothSdkSamplesAreReproduced() {
        for (String id : new String[] {"sdk-signed-properties-digest-simplified", "sdk-signed-properties-digest-standard"}) {
            JsonNode vector = Vectors.other(id);
            JsonNode in = vector.get("inputs");
            assertThat(XadesDigests.signedPropertiesDigest(in.get("SigningTime").asText(), in.get("CertDigest").asText(),
                    in.get("X509IssuerName").asText(), in.get("X509SerialNumber").asText()))
                    .as(id).isEqualTo(vector.get("expected").asText());
        }
    }

    @Test
    void theSdkSamplesSignatureVerifiesWithItsCertificateAndFailsOnAnotherHash() throws Exception {
        JsonNode vector = Vectors.other("sdk-signature-verify-simplified").get("inputs");
        X509Certificate certificate = signatures.certificate(certificateText());

        assertThat(InvoiceHash.of(Vectors.sample(SIMPLIFIED))).isEqualTo(vector.get("invoice_hash_b64").asText());
        assertThat(signatures.verify(vector.get("invoice_hash_b64").asText(), vector.get("signature_b64").asText(),
                certificate.getPublicKey())).isTrue();
        assertThat(signatures.verify(InvoiceHash.FIRST_PREVIOUS_HASH.substring(0, 44), vector.get("signature_b64").asText(),
                certificate.getPublicKey())).isFalse();
    }

    @Test
    void ourSecp256k1SignaturesVerifyAndATamperedHashDoesNot() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", new BouncyCastleProvider());
        generator.initialize(new ECGenParameterSpec("secp256k1"));
        KeyPair keys = generator.generateKeyPair();
        String hash = InvoiceHash.of(Vectors.sample(SIMPLIFIED));

        String signature = signatures.sign(hash, keys.getPrivate());

        assertThat(signatures.verify(hash, signature, keys.getPublic())).isTrue();
        String tampered = InvoiceHash.of(new String(Vectors.sample(SIMPLIFIED), StandardCharsets.UTF_8)
                .replaceFirst("<cbc:TaxAmount currencyID=\"SAR\">(\\d)", "<cbc:TaxAmount currencyID=\"SAR\">9$1")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(tampered).isNotEqualTo(hash);
        assertThat(signatures.verify(tampered, signature, keys.getPublic())).isFalse();
    }

    private static String certificateText() {
        Matcher certificate = Pattern.compile("<ds:X509Certificate>([^<]+)</ds:X509Certificate>")
                .matcher(new String(Vectors.sample(SIMPLIFIED), StandardCharsets.UTF_8));
        assertThat(certificate.find()).isTrue();
        return certificate.group(1).strip();
    }
}
