package com.doganhub.zatca.internal.signing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import com.doganhub.zatca.internal.hash.InvoiceHash;

/**
 * The two digests of ZATCA's XAdES profile, as the SDK computes them (both hex text, then base64):
 * <ul>
 * <li>the certificate digest: SHA-256 of the certificate's base64 body text — not of its DER bytes;</li>
 * <li>the signed-properties digest: SHA-256 of the {@code xades:SignedProperties} element written exactly as the
 * SDK's template (its indentation and repeated namespace declarations are part of what is hashed).</li>
 * </ul>
 */
public final class XadesDigests {

    private static final String TEMPLATE = template();

    private XadesDigests() {
    }

    /** @param certificateBase64 the certificate as it appears in {@code ds:X509Certificate} (base64, no PEM lines) */
    public static String certificateDigest(String certificateBase64) {
        return base64OfHexSha256(certificateBase64.strip().getBytes(StandardCharsets.US_ASCII));
    }

    /** The {@code xades:SignedProperties} text for these values, byte for byte as it is digested and embedded. */
    public static String signedProperties(String signingTime, String certificateDigest, String issuerName,
            String serialNumber) {
        return TEMPLATE.replace("SET_SIGN_TIMESTAMP", signingTime).replace("SET_CERTIFICATE_HASH", certificateDigest)
                .replace("SET_CERTIFICATE_ISSUER", issuerName).replace("SET_CERTIFICATE_SERIAL_NUMBER", serialNumber);
    }

    public static String signedPropertiesDigest(String signingTime, String certificateDigest, String issuerName,
            String serialNumber) {
        return base64OfHexSha256(signedProperties(signingTime, certificateDigest, issuerName, serialNumber)
                .getBytes(StandardCharsets.UTF_8));
    }

    private static String base64OfHexSha256(byte[] bytes) {
        return InvoiceHash.base64OfHex(InvoiceHash.sha256(bytes));
    }

    private static String template() {
        try (InputStream in = XadesDigests.class.getResourceAsStream("signed-properties.template")) {
            if (in == null) {
                throw new IllegalStateException("signed-properties.template is missing from the bundle");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
