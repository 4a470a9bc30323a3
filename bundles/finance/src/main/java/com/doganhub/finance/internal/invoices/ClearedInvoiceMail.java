package com.doganhub.finance.internal.invoices;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.doganhub.finance.api.einvoicing.ClearedInvoices;
import com.doganhub.finance.internal.books.Books;
import com.doganhub.finance.internal.books.Settings;

/** Sends a standard invoice to its buyer once ZATCA cleared it, with the QR ZATCA stamped. */
@Component(service = ClearedInvoices.class)
public class ClearedInvoiceMail implements ClearedInvoices {

    private final Books books;
    private final Invoicing invoicing;
    private final InvoiceMail mail;

    @Activate
    public ClearedInvoiceMail(@Reference Books books, @Reference Invoicing invoicing, @Reference InvoiceMail mail) {
        this.books = books;
        this.invoicing = invoicing;
        this.mail = mail;
    }

    @Override
    public void cleared(String invoiceId) {
        books.inTransaction(em -> {
            InvoiceEntity invoice = invoicing.find(em, invoiceId);
            Settings settings = books.settings(em);
            if (invoice.kind() == DocumentKind.INVOICE && invoice.customerEmail() != null && settings.emailInvoices()) {
                mail.queue(em, invoice, invoicing.lines(em, invoiceId), settings);
            }
            return null;
        });
    }
}
