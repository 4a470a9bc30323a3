package com.doganhub.zatca.internal.signing;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.security.auth.x500.X500Principal;

import com.doganhub.zatca.internal.hash.InvoiceHash;
import com.doganhub.zatca.internal.qr.QrCodes;
import com.doganhub.zatca.internal.qr.QrField;
import com.doganhub.zatca.internal.qr.QrTag;
import com.doganhub.zatca.internal.ubl.UblDocument;
import com.doganhub.zatca.internal.ubl.UblWriter;
import com.doganhub.zatca.internal.ubl.UblWriter;

/**
 * Signs an unsigned UBL invoice as ZATCA's SDK does: the invoice hash (which leaves out the extensions, the
 * signature block and the QR), an ECDSA secp256k1 signature of it, the XAdES signed properties with the certificate
 * digest, all embedded in {@code ext:UBLExtensions} as the first child of the root; then the QR with the hash,
 * signature and public key (and, for simplified documents, the certificate's signature) replaces the placeholder QR.
 * Neither the extensions nor the QR change the hash, so the signature stays valid once they are in.
 */
public final class InvoiceSigner {

    private static final Pattern ROOT = Pattern.compile("<Invoice\\b[^>]*>");
    private static final Pattern QR = Pattern.compile(
            "(<cbc:ID>QR</cbc:ID>\\s*<cac:Attachment>\\s*<cbc:EmbeddedDocumentBinaryObject[^>]*>)[^<]*(</cbc:EmbeddedDocumentBinaryObject>)");

    private static final java.time.ZoneId RIYADH = java.time.ZoneId.of("Asia/Riyadh");

    private final InvoiceSignatures signatures = new InvoiceSignatures();

    /**
     * @param summary the QR's tags 1–5: seller name, VAT number, issue time, total with VAT and VAT total
     */
    public SignedInvoice sign(byte[] unsigned, QrSummary summary, boolean simplified, PrivateKey key,
            String certificateBase64, Instant signingTime) throws GeneralSecurityException {
        String xml = new String(unsigned, StandardCharsets.UTF_8);
        String hash = InvoiceHash.of(unsigned);
        String signature = signatures.sign(hash, key);
        X509Certificate certificate = signatures.certificate(certificateBase64);
        String certificateDigest = XadesDigests.certificateDigest(certificateBase64);
        String issuer = issuerName(certificate);
        String serial = certificate.getSerialNumber().toString();
        String time = signingTime.truncatedTo(ChronoUnit.SECONDS).toString();
        String propertiesDigest = XadesDigests.signedPropertiesDigest(time, certificateDigest, issuer, serial);

        Matcher root = ROOT.matcher(xml);
        if (!root.find()) {
            throw new IllegalArgumentException("not a UBL Invoice document");
        }
        String signed = xml.substring(0, root.end())
                + extensions(hash, propertiesDigest, signature, certificateBase64.strip(), time, certificateDigest, issuer,
                        serial)
                + xml.substring(root.end());

        List<QrField> fields = new ArrayList<>(List.of(QrField.text(QrTag.SELLER_NAME, summary.sellerName()),
                QrField.text(QrTag.VAT_NUMBER, summary.vatNumber()),
                QrField.text(QrTag.TIMESTAMP, summary.issuedAt().truncatedTo(ChronoUnit.SECONDS).toString()),
                QrField.text(QrTag.TOTAL_WITH_VAT, summary.totalWithVat().setScale(2).toPlainString()),
                QrField.text(QrTag.VAT_TOTAL, summary.vatTotal().setScale(2).toPlainString()),
                QrField.text(QrTag.INVOICE_HASH, hash), QrField.text(QrTag.SIGNATURE, signature),
                new QrField(QrTag.PUBLIC_KEY, certificate.getPublicKey().getEncoded())));
        if (simplified) {
            fields.add(new QrField(QrTag.CERTIFICATE_SIGNATURE, certificate.getSignature()));
        }
        String qr = QrCodes.encode(fields);
        Matcher placeholder = QR.matcher(signed);
        if (!placeholder.find()) {
            throw new IllegalArgumentException("the document has no QR reference to fill");
        }
        signed = placeholder.replaceFirst("$1" + Matcher.quoteReplacement(qr) + "$2");
        return new SignedInvoice(signed.getBytes(StandardCharsets.UTF_8), hash, signature, qr);
    }

    /**
     * Writes {@code document} as UBL and signs it; QR tags 1–5 come from the document itself (its seller, its issue
     * date and time in Riyadh, its totals), so they cannot disagree with the XML.
     */
    public SignedInvoice sign(UblDocument document, PrivateKey key, String certificateBase64, Instant signingTime)
            throws GeneralSecurityException {
        Instant issuedAt = document.issueDate().atTime(document.issueTime()).atZone(RIYADH).toInstant();
        return sign(UblWriter.write(document), new QrSummary(document.seller().name(), document.seller().vatNumber(),
                issuedAt, document.taxInclusive(), document.tax()), document.simplified(), key, certificateBase64,
                signingTime);
    }

    /** What QR tags 1–5 carry. */
    public record QrSummary(String sellerName, String vatNumber, Instant issuedAt, BigDecimal totalWithVat,
            BigDecimal vatTotal) {
    }

    /** The issuer as ZATCA's samples write it: RFC 2253 with a space after each comma. */
    static String issuerName(X509Certificate certificate) {
        return certificate.getIssuerX500Principal().getName(X500Principal.RFC2253).replaceAll(",(?=[A-Za-z]+=)", ", ");
    }

    private static String extensions(String hash, String propertiesDigest, String signature, String certificate,
            String signingTime, String certificateDigest, String issuer, String serial) {
        return """
                <ext:UBLExtensions>
                    <ext:UBLExtension>
                        <ext:ExtensionURI>urn:oasis:names:specification:ubl:dsig:enveloped:xades</ext:ExtensionURI>
                        <ext:ExtensionContent>
                            <sig:UBLDocumentSignatures xmlns:sig="urn:oasis:names:specification:ubl:schema:xsd:CommonSignatureComponents-2" xmlns:sac="urn:oasis:names:specification:ubl:schema:xsd:SignatureAggregateComponents-2" xmlns:sbc="urn:oasis:names:specification:ubl:schema:xsd:SignatureBasicComponents-2">
                                <sac:SignatureInformation>
                                    <cbc:ID>urn:oasis:names:specification:ubl:signature:1</cbc:ID>
                                    <sbc:ReferencedSignatureID>urn:oasis:names:specification:ubl:signature:Invoice</sbc:ReferencedSignatureID>
                                    <ds:Signature xmlns:ds="http://www.w3.org/2000/09/xmldsig#" Id="signature">
                                        <ds:SignedInfo>
                                            <ds:CanonicalizationMethod Algorithm="http://www.w3.org/2006/12/xml-c14n11"/>
                                            <ds:SignatureMethod Algorithm="http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256"/>
                                            <ds:Reference Id="invoiceSignedData" URI="">
                                                <ds:Transforms>
                                                    <ds:Transform Algorithm="http://www.w3.org/TR/1999/REC-xpath-19991116">
                                                        <ds:XPath>not(//ancestor-or-self::ext:UBLExtensions)</ds:XPath>
                                                    </ds:Transform>
                                                    <ds:Transform Algorithm="http://www.w3.org/TR/1999/REC-xpath-19991116">
                                                        <ds:XPath>not(//ancestor-or-self::cac:Signature)</ds:XPath>
                                                    </ds:Transform>
                                                    <ds:Transform Algorithm="http://www.w3.org/TR/1999/REC-xpath-19991116">
                                                        <ds:XPath>not(//ancestor-or-self::cac:AdditionalDocumentReference[cbc:ID='QR'])</ds:XPath>
                                                    </ds:Transform>
                                                    <ds:Transform Algorithm="http://www.w3.org/2006/12/xml-c14n11"/>
                                                </ds:Transforms>
                                                <ds:DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/>
                                                <ds:DigestValue>%s</ds:DigestValue>
                                            </ds:Reference>
                                            <ds:Reference Type="http://www.w3.org/2000/09/xmldsig#SignatureProperties" URI="#xadesSignedProperties">
                                                <ds:DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/>
                                                <ds:DigestValue>%s</ds:DigestValue>
                                            </ds:Reference>
                                        </ds:SignedInfo>
                                        <ds:SignatureValue>%s</ds:SignatureValue>
                                        <ds:KeyInfo>
                                            <ds:X509Data>
                                                <ds:X509Certificate>%s</ds:X509Certificate>
                                            </ds:X509Data>
                                        </ds:KeyInfo>
                                        <ds:Object>
                                            <xades:QualifyingProperties xmlns:xades="http://uri.etsi.org/01903/v1.3.2#" Target="signature">
                                                <xades:SignedProperties Id="xadesSignedProperties">
                                                    <xades:SignedSignatureProperties>
                                                        <xades:SigningTime>%s</xades:SigningTime>
                                                        <xades:SigningCertificate>
                                                            <xades:Cert>
                                                                <xades:CertDigest>
                                                                    <ds:DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/>
                                                                    <ds:DigestValue>%s</ds:DigestValue>
                                                                </xades:CertDigest>
                                                                <xades:IssuerSerial>
                                                                    <ds:X509IssuerName>%s</ds:X509IssuerName>
                                                                    <ds:X509SerialNumber>%s</ds:X509SerialNumber>
                                                                </xades:IssuerSerial>
                                                            </xades:Cert>
                                                        </xades:SigningCertificate>
                                                    </xades:SignedSignatureProperties>
                                                </xades:SignedProperties>
                                            </xades:QualifyingProperties>
                                        </ds:Object>
                                    </ds:Signature>
                                </sac:SignatureInformation>
                            </sig:UBLDocumentSignatures>
                        </ext:ExtensionContent>
                    </ext:UBLExtension>
                </ext:UBLExtensions>""".formatted(hash, propertiesDigest, signature, certificate, signingTime,
                certificateDigest, UblWriter.escape(issuer), serial);
    }
}
