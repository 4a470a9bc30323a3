package com.doganhub.finance.api.einvoicing;

import java.util.Optional;

/**
 * E-invoicing of issued documents, for the tenant of the current request. Implemented by the ZATCA bundle.
 */
public interface EInvoicing {

    /**
     * Registers a document just issued, in the issuing transaction: it takes its place in the device's hash chain and
     * its submission is queued through the outbox. A platform exception thrown here (for example a validation error
     * naming the field ZATCA would refuse) rolls the issue back.
     */
    void issued(IssuedDocument document);

    /** The document's e-invoicing state, or empty when it was issued before e-invoicing was installed. */
    Optional<EInvoiceStatus> status(String invoiceId);

    /** The XML as submitted and, for a cleared standard invoice, as ZATCA returned it (which is the legal copy). */
    Optional<String> xml(String invoiceId);
}
