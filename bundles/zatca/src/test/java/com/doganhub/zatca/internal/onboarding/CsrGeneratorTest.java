package com.doganhub.zatca.internal.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.Base64;

import org.bouncycastle.asn1.DERPrintableString;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.junit.jupiter.api.Test;

import com.doganhub.platform.api.error.FieldError;
import com.doganhub.platform.api.error.ValidationFailed;

class CsrGeneratorTest {

    private static final EgsUnit UNIT = new EgsUnit("TST-886431145-399999999900003", "Demo Trading Co.", "Riyadh Branch",
            "399999999900003", "1-DoganHub|2-0.1|3-ed22f1d8-e6a2-1118-9b58-d9a8f11e445f", "1100", "King Fahd Road Riyadh",
            "Retail", EgsUnit.Environment.SIMULATION);

    private final CsrGenerator generator = new CsrGenerator();

    @Test
    void theCsrCarriesZatcasSubjectTemplateAndDeviceFieldsAndIsSignedByTheDeviceKey() throws Exception {
        KeyPair keys = generator.keyPair();

        String base64 = generator.csr(UNIT, keys);

        String pem = new String(Base64.getDecoder().decode(base64), StandardCharsets.US_ASCII);
        assertThat(pem).startsWith("-----BEGIN CERTIFICATE REQUEST-----");
        PKCS10CertificationRequest request;
        try (PEMParser parser = new PEMParser(new StringReader(pem))) {
            request = (PKCS10CertificationRequest) parser.readObject();
        }
        assertThat(request.isSignatureValid(new JcaContentVerifierProviderBuilder()
                .setProvider(new BouncyCastleProvider()).build(keys.getPublic()))).isTrue();
        X500Name subject = request.getSubject();
        assertThat(value(subject, BCStyle.C)).isEqualTo("SA");
        assertThat(value(subject, BCStyle.O)).isEqualTo("Demo Trading Co.");
        assertThat(value(subject, BCStyle.OU)).isEqualTo("Riyadh Branch");
        assertThat(value(subject, BCStyle.CN)).isEqualTo("TST-886431145-399999999900003");

        Extensions extensions = Extensions.getInstance(request.getAttributes(PKCSObjectIdentifiers.pkcs_9_at_extensionRequest)[0]
                .getAttrValues().getObjectAt(0));
        assertThat(DERPrintableString.getInstance(extensions.getExtension(CsrGenerator.CERTIFICATE_TEMPLATE_NAME)
                .getParsedValue()).getString()).isEqualTo("PREZATCA-Code-Signing");
        GeneralName name = GeneralNames.getInstance(extensions.getExtension(Extension.subjectAlternativeName)
                .getParsedValue()).getNames()[0];
        assertThat(name.getTagNo()).isEqualTo(GeneralName.directoryName);
        X500Name device = X500Name.getInstance(name.getName());
        assertThat(value(device, BCStyle.SURNAME)).isEqualTo(UNIT.serialNumber());
        assertThat(value(device, BCStyle.UID)).isEqualTo("399999999900003");
        assertThat(value(device, BCStyle.T)).isEqualTo("1100");
        assertThat(value(device, new org.bouncycastle.asn1.ASN1ObjectIdentifier("2.5.4.26"))).isEqualTo("King Fahd Road Riyadh");
        assertThat(value(device, BCStyle.BUSINESS_CATEGORY)).isEqualTo("Retail");
        assertThat(keys.getPublic().getAlgorithm()).isEqualTo("EC");
    }

    @Test
    void fieldsZatcaWouldRefuseAreNamedBeforeAnyRequestIsMade() {
        EgsUnit wrong = new EgsUnit("", "Demo", "Branch", "300000000000004", "DoganHub-1", "0011", "Riyadh", "Retail", null);

        ValidationFailed refused = catchThrowableOfType(ValidationFailed.class, () -> generator.csr(wrong, generator.keyPair()));

        assertThat(refused.errors()).extracting(FieldError::field)
                .containsExactly("commonName", "vatNumber", "serialNumber", "invoiceTypes", "environment");
    }

    private static String value(X500Name name, org.bouncycastle.asn1.ASN1ObjectIdentifier type) {
        RDN[] rdns = name.getRDNs(type);
        assertThat(rdns).as(type.getId()).hasSize(1);
        return IETFUtils.valueToString(rdns[0].getFirst().getValue());
    }
}
