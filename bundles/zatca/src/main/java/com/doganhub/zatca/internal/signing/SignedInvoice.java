package com.doganhub.zatca.internal.signing;

/**
 * A signed e-invoice: the UBL with its XAdES signature embedded, the invoice hash (the next invoice's PIH), the
 * signature value, and the QR payload written into the document (tags 1–9 for simplified documents, 1–8 otherwise).
 */
public record SignedInvoice(byte[] xml, String hash, String signature, String qr) {
}
