package com.doganhub.finance.api.einvoicing;

import java.time.Instant;
import java.util.List;

/**
 * Where a document stands with the tax authority.
 *
 * @param state        {@code NOT_SUBMITTED} (no onboarded device: phase 1 QR only), {@code PENDING} (queued),
 *                     {@code REPORTED}, {@code CLEARED}, {@code ACCEPTED_WITH_WARNINGS}, {@code REJECTED}
 * @param device       the e-invoicing device (EGS unit) that signed it, or {@code null}
 * @param counter      its invoice counter value (ICV) on that device, 0 when unsigned
 * @param invoiceHash  base64 SHA-256 of the document, {@code null} when unsigned
 * @param previousHash the previous document's hash on the device (PIH)
 * @param qr           the QR code payload (base64 TLV) to print
 * @param messages     the authority's warnings and errors, as {@code LEVEL code: message}
 * @param submittedAt  when the authority answered, or {@code null}
 * @param attempts     submissions tried so far
 */
public record EInvoiceStatus(String state, String device, long counter, String invoiceHash, String previousHash,
        String qr, List<String> messages, Instant submittedAt, int attempts) {

    public EInvoiceStatus {
        messages = List.copyOf(messages);
    }
}
