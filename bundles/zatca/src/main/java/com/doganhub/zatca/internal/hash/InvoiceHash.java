package com.doganhub.zatca.internal.hash;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.xml.security.c14n.Canonicalizer;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The invoice hash ZATCA chains invoices with: parse the UBL keeping all whitespace; remove
 * {@code ext:UBLExtensions}, {@code cac:Signature} and the {@code cac:AdditionalDocumentReference} whose
 * {@code cbc:ID} is {@code QR} — but not the whitespace around them; canonicalize (C14N 1.1, no comments); SHA-256;
 * base64 of the 32 bytes. The first invoice of a device chains to {@link #FIRST_PREVIOUS_HASH}.
 */
public final class InvoiceHash {

    /** The previous-invoice hash of a device's first invoice: base64 of the hex text of SHA-256("0"). */
    public static final String FIRST_PREVIOUS_HASH = base64OfHex(sha256("0".getBytes(StandardCharsets.US_ASCII)));

    static final String EXT = "urn:oasis:names:specification:ubl:schema:xsd:CommonExtensionComponents-2";
    static final String CAC = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";
    static final String CBC = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";

    static {
        org.apache.xml.security.Init.init();
    }

    private InvoiceHash() {
    }

    /** The base64 hash of the UBL document {@code xml}. */
    public static String of(byte[] xml) {
        return Base64.getEncoder().encodeToString(sha256(canonicalWithoutSignature(xml)));
    }

    /** The bytes that are hashed: the document without its signature parts, canonicalized. */
    static byte[] canonicalWithoutSignature(byte[] xml) {
        try {
            Document document = parse(xml);
            List<Node> doomed = new ArrayList<>();
            collect(document.getElementsByTagNameNS(EXT, "UBLExtensions"), doomed);
            collect(document.getElementsByTagNameNS(CAC, "Signature"), doomed);
            NodeList references = document.getElementsByTagNameNS(CAC, "AdditionalDocumentReference");
            for (int i = 0; i < references.getLength(); i++) {
                Element reference = (Element) references.item(i);
                NodeList ids = reference.getElementsByTagNameNS(CBC, "ID");
                if (ids.getLength() > 0 && "QR".equals(ids.item(0).getTextContent().strip())) {
                    doomed.add(reference);
                }
            }
            doomed.forEach(node -> node.getParentNode().removeChild(node));
            ByteArrayOutputStream canonical = new ByteArrayOutputStream();
            Canonicalizer.getInstance(Canonicalizer.ALGO_ID_C14N11_OMIT_COMMENTS).canonicalizeSubtree(document, canonical);
            return canonical.toByteArray();
        } catch (Exception unreadable) {
            throw new IllegalArgumentException("not a UBL document that can be hashed: " + unreadable.getMessage(),
                    unreadable);
        }
    }

    private static void collect(NodeList nodes, List<Node> into) {
        for (int i = 0; i < nodes.getLength(); i++) {
            into.add(nodes.item(i));
        }
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setExpandEntityReferences(false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    public static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** base64 of the lower-case hex text of {@code digest}: how ZATCA writes its seed and XAdES digests. */
    public static String base64OfHex(byte[] digest) {
        return Base64.getEncoder().encodeToString(HexFormat.of().formatHex(digest).getBytes(StandardCharsets.US_ASCII));
    }
}
