import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.Provider;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import com.doganhub.zatca.internal.hash.InvoiceHash;
import com.doganhub.zatca.internal.qr.QrCodes;
import com.doganhub.zatca.internal.signing.InvoiceSigner;
import com.doganhub.zatca.internal.signing.SignedInvoice;
import com.doganhub.zatca.internal.ubl.UblDocument;

/** Signed phase 2 documents per second against raw secp256k1 signatures per second, same provider, same JVM. */
public class ZatcaBench {

    public static void main(String[] args) throws Exception {
        int documents = Integer.parseInt(args[0]);
        int signatures = Integer.parseInt(args[1]);
        Provider provider = new BouncyCastleProvider();
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", provider);
        generator.initialize(new ECGenParameterSpec("secp256k1"));
        KeyPair keys = generator.generateKeyPair();
        long now = System.currentTimeMillis();
        byte[] der = new JcaX509v3CertificateBuilder(new X500Name("CN=Bench CA"), BigInteger.ONE, new Date(now),
                new Date(now + 86_400_000L), new X500Name("CN=Bench EGS, O=Bench, C=SA"), keys.getPublic())
                .build(new JcaContentSignerBuilder("SHA256withECDSA").setProvider(provider).build(keys.getPrivate()))
                .getEncoded();
        String certificate = Base64.getEncoder().encodeToString(der);
        InvoiceSigner signer = new InvoiceSigner();

        String previous = InvoiceHash.FIRST_PREVIOUS_HASH;
        for (int i = 0; i < Math.min(500, documents); i++) { // warm-up
            previous = sign(signer, i + 1, previous, keys, certificate).hash();
        }
        long started = System.nanoTime();
        for (int i = 0; i < documents; i++) {
            previous = sign(signer, i + 1, previous, keys, certificate).hash();
        }
        double documentSeconds = (System.nanoTime() - started) / 1e9;

        byte[] hash = MessageDigest.getInstance("SHA-256").digest("bench".getBytes(StandardCharsets.UTF_8));
        Signature raw = Signature.getInstance("SHA256withECDSA", provider);
        for (int i = 0; i < Math.min(2000, signatures); i++) { // warm-up
            raw.initSign(keys.getPrivate());
            raw.update(hash);
            raw.sign();
        }
        started = System.nanoTime();
        for (int i = 0; i < signatures; i++) {
            raw.initSign(keys.getPrivate());
            raw.update(hash);
            raw.sign();
        }
        double signatureSeconds = (System.nanoTime() - started) / 1e9;

        double documentsPerSecond = documents / documentSeconds;
        double signaturesPerSecond = signatures / signatureSeconds;
        String json = String.format(java.util.Locale.ROOT, """
                {
                  "benchmark": "zatca",
                  "measuredAt": "%s",
                  "java": "%s",
                  "cores": %d,
                  "signedDocuments": {"count": %d, "seconds": %.3f, "perSecond": %.1f, "meanMillis": %.3f,
                    "what": "UBL 2.1 simplified invoice written, C14N 1.1 + SHA-256 hash, secp256k1 signature, XAdES signed properties, QR tags 1-9 embedded"},
                  "rawSignatures": {"count": %d, "seconds": %.3f, "perSecond": %.1f, "meanMillis": %.3f,
                    "what": "SHA256withECDSA on secp256k1 over a 32-byte hash, Bouncy Castle"},
                  "signaturesPerDocumentCost": %.2f
                }
                """, Instant.now(), System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                documents, documentSeconds, documentsPerSecond, 1000 * documentSeconds / documents,
                signatures, signatureSeconds, signaturesPerSecond, 1000 * signatureSeconds / signatures,
                signaturesPerSecond / documentsPerSecond);
        Files.writeString(Path.of(args[2]), json);
    }

    private static SignedInvoice sign(InvoiceSigner signer, long counter, String previous, KeyPair keys,
            String certificate) throws Exception {
        UblDocument.Party seller = new UblDocument.Party("شركة العرض للتجارة | Demo Trading Co.", "399999999900003",
                "1010010000", "King Fahd Road", "1234", "Al Olaya", "Riyadh", "12211");
        UblDocument.Party buyer = new UblDocument.Party(null, null, null, null, null, null, null, null);
        BigDecimal net = new BigDecimal("100.01");
        BigDecimal vat = new BigDecimal("15.00");
        Instant issuedAt = Instant.now();
        UblDocument document = new UblDocument(UblDocument.Kind.INVOICE, true, "INV-" + counter,
                UUID.randomUUID().toString(), LocalDate.of(2026, 11, 28), LocalTime.of(12, 30), counter, previous,
                QrCodes.phase1(seller.name(), seller.vatNumber(), issuedAt, net.add(vat), vat), null, null, null,
                seller, buyer,
                List.of(new UblDocument.Line(1, "قهوة عربية", new BigDecimal("3"), new BigDecimal("33.335"),
                        BigDecimal.ZERO, net, vat, "S", new BigDecimal("15"))),
                List.of(new UblDocument.Subtotal("S", new BigDecimal("15"), net, vat, null, null)), net, net, vat,
                net.add(vat));
        return signer.sign(document, keys.getPrivate(), certificate, issuedAt);
    }
}
