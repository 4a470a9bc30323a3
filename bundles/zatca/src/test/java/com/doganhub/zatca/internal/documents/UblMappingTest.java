package com.doganhub.zatca.internal.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;

import org.bouncycastle.asn1.sec.ECPrivateKey;
import org.bouncycastle.jce.ECNamedCurveTable;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.jce.spec.ECPrivateKeySpec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import com.doganhub.finance.api.InvoiceLine;
import com.doganhub.finance.api.VatCategory;
import com.doganhub.finance.api.einvoicing.IssuedDocument;
import com.doganhub.zatca.internal.Vectors;
import com.doganhub.zatca.internal.ZatcaRules;
import com.doganhub.zatca.internal.hash.InvoiceHash;
import com.doganhub.zatca.internal.onboarding.DeviceKeys;
import com.doganhub.zatca.internal.qr.QrCodes;
import com.doganhub.zatca.internal.signing.InvoiceSigner;
import com.doganhub.zatca.internal.signing.SignedInvoice;
import com.doganhub.zatca.internal.ubl.UblDocument;

/** What finance hands over, through the mapping and the signer, passes ZATCA's own rules for every document type. */
class UblMappingTest {

    private static final String CERTIFICATE = new String(Vectors.sample("sdk-r3.2.7/Certificates/cert.pem"),
            StandardCharsets.US_ASCII).strip();
    private static final IssuedDocument.Party SELLER = new IssuedDocument.Party("شركة العرض للتجارة", "Demo Trading Co.",
            "399999999900003", "1010010000", "1234", "King Fahd Road", "Al Olaya", "Riyadh", "12211");
    private static final IssuedDocument.Party BUYER = new IssuedDocument.Party("مؤسسة الأفق", "Al Ufuq Est.",
            "310122393500003", null, "5678", "Prince Sultan St", "Al Rawdah", "Jeddah", "23431");
    private static final IssuedDocument.Party NOBODY = new IssuedDocument.Party(null, null, null, null, null, null,
            null, null, null);

    @ParameterizedTest
    @EnumSource(IssuedDocument.Type.class)
    void standardDocumentsWithEveryVatCategoryPassTheRules(IssuedDocument.Type type) throws Exception {
        IssuedDocument document = document(type, false, List.of(
                new IssuedDocument.Line(1, "استشارات تقنية", new InvoiceLine(new BigDecimal("3"), new BigDecimal("33.335"),
                        BigDecimal.ZERO, VatCategory.S), null, null),
                new IssuedDocument.Line(2, "Export freight", new InvoiceLine(BigDecimal.ONE, new BigDecimal("200"),
                        new BigDecimal("10"), VatCategory.Z), "VATEX-SA-32", "Export of goods"),
                new IssuedDocument.Line(3, "Financial service", new InvoiceLine(new BigDecimal("2"), new BigDecimal("49.995"),
                        BigDecimal.ZERO, VatCategory.E), "VATEX-SA-29",
                        "Financial services mentioned in Article 29 of the VAT Regulations")));
        SignedInvoice signed = mapAndSign(document, 5, InvoiceHash.FIRST_PREVIOUS_HASH);
        assertThat(ZatcaRules.errors(signed.xml())).as(new String(signed.xml(), StandardCharsets.UTF_8)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(IssuedDocument.Type.class)
    void simplifiedDocumentsPassTheRulesWithTheirPhaseTwoQr(IssuedDocument.Type type) throws Exception {
        IssuedDocument document = document(type, true, List.of(new IssuedDocument.Line(1, "قهوة عربية",
                new InvoiceLine(new BigDecimal("2"), new BigDecimal("57.50"), BigDecimal.ZERO, VatCategory.S), null, null)));
        SignedInvoice signed = mapAndSign(document, 7, "previous-hash-of-six");
        String xml = new String(signed.xml(), StandardCharsets.UTF_8);
        assertThat(ZatcaRules.errors(signed.xml())).as(xml).isEmpty();
        assertThat(xml).contains("<cbc:UUID>7</cbc:UUID>").contains(">previous-hash-of-six<");
        assertThat(QrCodes.decode(signed.qr())).hasSize(9);
        assertThat(signed.hash()).isEqualTo(InvoiceHash.of(signed.xml()));
    }

    @Test
    void aStoredKeyReadsBackAsTheSameKey() throws Exception {
        PrivateKey key = sdkKey();
        assertThat(new DeviceKeys().decode(DeviceKeys.encode(key)).getEncoded()).isEqualTo(key.getEncoded());
        String token = Base64.getEncoder().encodeToString(CERTIFICATE.getBytes(StandardCharsets.US_ASCII));
        assertThat(DeviceKeys.certificateOf(token)).isEqualTo(CERTIFICATE);
    }

    private static SignedInvoice mapAndSign(IssuedDocument document, long counter, String previous) throws Exception {
        UblDocument ubl = UblMapping.toUbl(document, counter, previous, "placeholder");
        Instant issuedAt = document.issueDate().atTime(document.issueTime()).atZone(ZoneId.of("Asia/Riyadh")).toInstant();
        return new InvoiceSigner().sign(ubl, sdkKey(), CERTIFICATE, issuedAt.plusSeconds(3));
    }

    private static IssuedDocument document(IssuedDocument.Type type, boolean simplified, List<IssuedDocument.Line> lines) {
        boolean note = type != IssuedDocument.Type.INVOICE;
        return new IssuedDocument("b7d3c7a8-50d4-4cb4-a3c8-0d2ad4b0d1f1", type, simplified,
                note ? "CRN-000001" : "INV-000001", "8d487816-70b8-4ade-a618-9d620b73814a", LocalDate.of(2026, 5, 2),
                LocalTime.of(12, 30), simplified ? null : LocalDate.of(2026, 5, 1), "SAR", note ? "INV-000001" : null,
                note ? "Returned goods" : null, SELLER, simplified ? NOBODY : BUYER, lines);
    }

    private static PrivateKey sdkKey() throws Exception {
        byte[] der = Base64.getMimeDecoder().decode(new String(Vectors.sample(
                "sdk-r3.2.7/Certificates/ec-secp256k1-priv-key.pem"), StandardCharsets.US_ASCII).strip());
        BigInteger d = ECPrivateKey.getInstance(der).getKey();
        return KeyFactory.getInstance("EC", new BouncyCastleProvider())
                .generatePrivate(new ECPrivateKeySpec(d, ECNamedCurveTable.getParameterSpec("secp256k1")));
    }
}
