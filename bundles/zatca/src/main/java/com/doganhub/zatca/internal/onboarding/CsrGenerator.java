package com.doganhub.zatca.internal.onboarding;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Provider;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERPrintableString;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.ExtensionsGenerator;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;

/**
 * The first step of onboarding a device: a secp256k1 key pair and the certificate signing request ZATCA's compliance
 * API takes ({@code POST /compliance}, body {@code {"csr": base64 of the PEM}}). The request carries the subject
 * (C=SA, OU, O, CN), the certificate template name of the environment (OID 1.3.6.1.4.1.311.20.2) and a subject
 * alternative name whose directory name holds SN, UID (VAT number), title (invoice types), registeredAddress and
 * businessCategory, as ZATCA's onboarding guide lists them.
 */
public final class CsrGenerator {

    static final ASN1ObjectIdentifier CERTIFICATE_TEMPLATE_NAME = new ASN1ObjectIdentifier("1.3.6.1.4.1.311.20.2");

    private final Provider provider = new BouncyCastleProvider();

    public KeyPair keyPair() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", provider);
        generator.initialize(new ECGenParameterSpec("secp256k1"));
        return generator.generateKeyPair();
    }

    /** The CSR of {@code unit} signed with {@code keys}, PEM-encoded then base64 as the API wants it. */
    public String csr(EgsUnit unit, KeyPair keys) throws GeneralSecurityException {
        unit.validate();
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "SA")
                .addRDN(BCStyle.OU, unit.organizationUnit()).addRDN(BCStyle.O, unit.organizationName())
                .addRDN(BCStyle.CN, unit.commonName()).build();
        X500Name device = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.SURNAME, unit.serialNumber())
                .addRDN(BCStyle.UID, unit.vatNumber()).addRDN(BCStyle.T, unit.invoiceTypes())
                .addRDN(new ASN1ObjectIdentifier("2.5.4.26"), unit.location())
                .addRDN(BCStyle.BUSINESS_CATEGORY, unit.industry()).build();
        try {
            ExtensionsGenerator extensions = new ExtensionsGenerator();
            extensions.addExtension(CERTIFICATE_TEMPLATE_NAME, false,
                    new DERPrintableString(unit.environment().templateName()));
            extensions.addExtension(Extension.subjectAlternativeName, false,
                    new GeneralNames(new GeneralName(GeneralName.directoryName, device)));
            PKCS10CertificationRequest request = new JcaPKCS10CertificationRequestBuilder(subject, keys.getPublic())
                    .addAttribute(PKCSObjectIdentifiers.pkcs_9_at_extensionRequest, extensions.generate())
                    .build(new JcaContentSignerBuilder("SHA256withECDSA").setProvider(provider).build(keys.getPrivate()));
            StringWriter pem = new StringWriter();
            try (JcaPEMWriter writer = new JcaPEMWriter(pem)) {
                writer.writeObject(request);
            }
            return Base64.getEncoder().encodeToString(pem.toString().getBytes(StandardCharsets.US_ASCII));
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        } catch (OperatorCreationException signerUnavailable) {
            throw new GeneralSecurityException(signerUnavailable);
        }
    }
}
