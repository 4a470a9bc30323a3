package com.doganhub.zatca.internal.signing;

import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;

import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * ECDSA over secp256k1 as ZATCA signs invoices: SHA256withECDSA over the 32 raw bytes of the invoice hash, DER,
 * base64 — the {@code ds:SignatureValue} and QR tag 7. Java 17's own provider dropped secp256k1, so Bouncy Castle is
 * used as an explicit provider instance (never installed JVM-wide). Signatures are randomized: check them by
 * verifying, never by comparing bytes.
 */
public final class InvoiceSignatures {

    private final Provider provider = new BouncyCastleProvider();

    /** The certificate in {@code ds:X509Certificate} form (base64 of the DER). */
    public X509Certificate certificate(String base64) throws GeneralSecurityException {
        byte[] der = Base64.getMimeDecoder().decode(base64);
        return (X509Certificate) CertificateFactory.getInstance("X.509", provider)
                .generateCertificate(new ByteArrayInputStream(der));
    }

    /** The base64 DER signature of the invoice hash (itself base64). */
    public String sign(String invoiceHashBase64, PrivateKey key) throws GeneralSecurityException {
        Signature signature = Signature.getInstance("SHA256withECDSA", provider);
        signature.initSign(key);
        signature.update(Base64.getDecoder().decode(invoiceHashBase64));
        return Base64.getEncoder().encodeToString(signature.sign());
    }

    public boolean verify(String invoiceHashBase64, String signatureBase64, PublicKey key) throws GeneralSecurityException {
        Signature signature = Signature.getInstance("SHA256withECDSA", provider);
        signature.initVerify(key);
        signature.update(Base64.getDecoder().decode(invoiceHashBase64));
        return signature.verify(Base64.getDecoder().decode(signatureBase64));
    }
}
