package com.doganhub.finance.internal.invoices;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;

import com.doganhub.finance.api.einvoicing.EInvoiceStatus;
import com.doganhub.finance.internal.FinanceConfig;
import com.doganhub.finance.internal.books.Settings;
import com.doganhub.finance.internal.pdf.InvoicePdf;
import com.doganhub.integration.api.email.EmailAddress;
import com.doganhub.integration.api.email.EmailAttachment;
import com.doganhub.integration.api.email.EmailGateway;
import com.doganhub.integration.api.email.EmailMessage;
import com.doganhub.notifications.api.Brand;
import com.doganhub.notifications.api.NotificationTemplates;
import com.doganhub.notifications.api.RenderedEmail;
import com.doganhub.notifications.api.TenantBrands;

/**
 * The invoice email (template {@code invoice-notification}, in Arabic with an English customer name missing, else
 * English), with the tenant's brand and the PDF attached, queued in the issuing transaction's outbox: if the issue
 * rolls back, no email leaves; once it commits, the outbox delivers it exactly once.
 */
@Component(service = InvoiceMail.class, configurationPid = FinanceConfig.PID)
@Designate(ocd = FinanceConfig.class)
public class InvoiceMail {

    private final EmailGateway email;
    private final NotificationTemplates templates;
    private final TenantBrands brands;
    private final InvoicePdf pdf;
    private final EInvoiceHandOver eInvoices;
    private volatile FinanceConfig config;

    @Activate
    public InvoiceMail(@Reference(policyOption = ReferencePolicyOption.GREEDY) EmailGateway email,
            @Reference NotificationTemplates templates, @Reference TenantBrands brands, @Reference InvoicePdf pdf,
            @Reference EInvoiceHandOver eInvoices, FinanceConfig config) {
        this.email = email;
        this.eInvoices = eInvoices;
        this.templates = templates;
        this.brands = brands;
        this.pdf = pdf;
        this.config = config;
    }

    @Modified
    void modified(FinanceConfig changed) {
        this.config = changed;
    }

    void queue(EntityManager em, InvoiceEntity invoice, List<InvoiceLineEntity> lines, Settings settings) {
        Brand brand = brands.current();
        boolean arabic = invoice.customerNameEn() == null;
        Locale language = arabic ? Locale.forLanguageTag("ar") : Locale.ENGLISH;
        String customer = arabic ? invoice.customerNameAr() : invoice.customerNameEn();
        String base = config.publicUrl().strip().replaceAll("/+$", "");
        RenderedEmail rendered = templates.render("invoice-notification", language, brand, Map.of(
                "customerName", customer == null ? invoice.customerEmail() : customer,
                "invoiceNumber", invoice.number(),
                "amount", amount(invoice, arabic),
                "dueDate", String.valueOf(invoice.dueDate()),
                "invoiceUrl", base + "/finance/invoices/" + invoice.id()));
        EmailMessage message = rendered.message(new EmailAddress(invoice.customerEmail(), customer),
                brand.supportEmail() == null ? null : EmailAddress.of(brand.supportEmail()));
        if (config.attachPdf()) {
            // no original invoice (credit notes are not emailed); the QR e-invoicing registered in this transaction
            byte[] document = pdf.render(InvoicePrints.of(invoice, lines, settings, brand, null,
                    eInvoices.status(invoice.id()).map(EInvoiceStatus::qr).orElse(null)));
            message = message.withAttachment(new EmailAttachment(invoice.number() + ".pdf", "application/pdf", document));
        }
        email.send(message);
    }

    private static String amount(InvoiceEntity invoice, boolean arabic) {
        String figure = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ENGLISH))
                .format(invoice.taxInclusiveAmount());
        return arabic && "SAR".equals(invoice.currency()) ? figure + " ر.س" : figure + " " + invoice.currency();
    }
}
