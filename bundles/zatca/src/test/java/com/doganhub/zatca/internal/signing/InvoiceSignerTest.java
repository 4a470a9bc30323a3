package com.doganhub.zatca.internal.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Base64;
import java.util.List;

import org.bouncycastle.asn1.sec.ECPrivateKey;
import org.bouncycastle.jce.ECNamedCurveTable;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.jce.spec.ECPrivateKeySpec;
import org.junit.jupiter.api.Test;

import com.doganhub.zatca.internal.Vectors;
import com.doganhub.zatca.internal.ZatcaRules;
import com.doganhub.zatca.internal.hash.InvoiceHash;
import com.doganhub.zatca.internal.qr.QrCodes;
import com.doganhub.zatca.internal.qr.QrField;
import com.doganhub.zatca.internal.qr.QrTag;
import com.doganhub.zatca.internal.ubl.UblDocument;
import com.doganhub.zatca.internal.ubl.UblWriter;

/** Signing with the SDK's test certificate and key, checked by ZATCA's rules and by verifying. */
class InvoiceSignerTest {

    private static final String CERTIFICATE = new String(Vectors.sample("sdk-r3.2.7/Certificates/cert.pem"),
            StandardCharsets.US_ASCII).strip();

    private final InvoiceSigner signer = new InvoiceSigner();
    private final InvoiceSignatures signatures = new InvoiceSignatures();

    @Test
    void aSignedSimplifiedInvoicePassesZatcasRulesAndItsSignatureVerifies() throws Exception {
        SignedInvoice signed = sign(simplified("115.01"));
        String xml = new String(signed.xml(), StandardCharsets.UTF_8);

        assertThat(ZatcaRules.errors(signed.xml())).as(xml).isEmpty();
        assertThat(InvoiceHash.of(signed.xml())).as("the extensions and the QR leave the hash alone").isEqualTo(signed.hash());
        X509Certificate certificate = signatures.certificate(CERTIFICATE);
        assertThat(signatures.verify(signed.hash(), signed.signature(), certificate.getPublicKey())).isTrue();
        assertThat(xml).contains("<ds:SignatureValue>" + signed.signature() + "</ds:SignatureValue>",
                "<ds:DigestValue>" + signed.hash() + "</ds:DigestValue>", ">" + signed.qr() + "<");

        List<QrField> qr = QrCodes.decode(signed.qr());
        assertThat(qr).extracting(QrField::tag).containsExactly(QrTag.values());
        assertThat(new String(qr.get(5).value(), StandardCharsets.US_ASCII)).isEqualTo(signed.hash());
        assertThat(new String(qr.get(6).value(), StandardCharsets.US_ASCII)).isEqualTo(signed.signature());
        assertThat(qr.get(7).value()).isEqualTo(certificate.getPublicKey().getEncoded());
        assertThat(qr.get(8).value()).isEqualTo(certificate.getSignature());
    }

    @Test
    void changingOneAmountAfterSigningBreaksTheHashAndTheSignature() throws Exception {
        SignedInvoice signed = sign(simplified("115.01"));
        String tampered = new String(signed.xml(), StandardCharsets.UTF_8).replace(
                "<cbc:PayableAmount currencyID=\"SAR\">115.01</cbc:PayableAmount>",
                "<cbc:PayableAmount currencyID=\"SAR\">115.02</cbc:PayableAmount>");
        String tamperedHash = InvoiceHash.of(tampered.getBytes(StandardCharsets.UTF_8));

        assertThat(tamperedHash).isNotEqualTo(signed.hash());
        assertThat(signatures.verify(tamperedHash, signed.signature(),
                signatures.certificate(CERTIFICATE).getPublicKey())).isFalse();
    }

    @Test
    void theIssuerIsWrittenAsZatcasSamplesWriteIt() throws Exception {
        assertThat(InvoiceSigner.issuerName(signatures.certificate(CERTIFICATE)))
                .isEqualTo("CN=TSZEINVOICE-SubCA-1, DC=extgazt, DC=gov, DC=local");
    }

    private SignedInvoice sign(UblDocument document) throws Exception {
        return signer.sign(UblWriter.write(document), new InvoiceSigner.QrSummary(document.seller().name(),
                document.seller().vatNumber(), Instant.parse("2026-05-02T09:30:00Z"), document.taxInclusive(),
                document.tax()), true, sdkKey(), CERTIFICATE, Instant.parse("2026-05-02T09:30:05Z"));
    }

    private static UblDocument simplified(String total) {
        UblDocument.Party seller = new UblDocument.Party("شركة العرض للتجارة | Demo Trading Co.", "399999999900003",
                "1010010000", "King Fahd Road", "1234", "Al Olaya", "Riyadh", "12211");
        UblDocument.Party buyer = new UblDocument.Party(null, null, null, null, null, null, null, null);
        return new UblDocument(UblDocument.Kind.INVOICE, true, "INV-000007", "3cf5ee18-ee25-44ea-a444-2c37ba7f28be",
                LocalDate.of(2026, 5, 2), LocalTime.of(12, 30), 7, InvoiceHash.FIRST_PREVIOUS_HASH, "placeholder", null,
                null, null, seller, buyer,
                List.of(new UblDocument.Line(1, "قهوة عربية", new BigDecimal("3"), new BigDecimal("33.335"), BigDecimal.ZERO,
                        new BigDecimal("100.01"), new BigDecimal("15.00"), "S", new BigDecimal("15"))),
                List.of(new UblDocument.Subtotal("S", new BigDecimal("15"), new BigDecimal("100.01"), new BigDecimal("15.00"),
                        null, null)),
                new BigDecimal("100.01"), new BigDecimal("100.01"), new BigDecimal("15.00"), new BigDecimal(total));
    }

    /** The SDK's test key: SEC1 DER, base64, secp256k1. */
    private static PrivateKey sdkKey() throws Exception {
        byte[] der = Base64.getMimeDecoder().decode(new String(Vectors.sample(
                "sdk-r3.2.7/Certificates/ec-secp256k1-priv-key.pem"), StandardCharsets.US_ASCII).strip());
        BigInteger d = ECPrivateKey.getInstance(der).getKey();
        return KeyFactory.getInstance("EC", new BouncyCastleProvider())
                .generatePrivate(new ECPrivateKeySpec(d, ECNamedCurveTable.getParameterSpec("secp256k1")));
    }
}
