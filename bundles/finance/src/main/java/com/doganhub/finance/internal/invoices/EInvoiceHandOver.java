package com.doganhub.finance.internal.invoices;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import com.doganhub.finance.api.einvoicing.EInvoiceStatus;
import com.doganhub.finance.api.einvoicing.EInvoicing;
import com.doganhub.finance.api.einvoicing.IssuedDocument;
import com.doganhub.finance.internal.books.Settings;
import com.doganhub.platform.api.error.ServiceUnavailable;

/**
 * Hands issued documents to e-invoicing when it is installed. The reference is dynamic: installing or removing the
 * ZATCA feature neither restarts invoicing nor fails an issue in flight; documents issued while it is absent are
 * simply not e-invoiced (the status endpoint says so).
 */
@Component(service = EInvoiceHandOver.class)
public class EInvoiceHandOver {

    private static final ZoneId RIYADH = ZoneId.of("Asia/Riyadh");

    /** The e-invoicing bundle: while it is started, its service must be there before anything is issued. */
    static final String EINVOICING_BUNDLE = "doganhub-zatca";

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile EInvoicing eInvoicing;

    private final BundleContext context;

    @Activate
    public EInvoiceHandOver(BundleContext context) {
        this.context = context;
    }

    /**
     * In the issuing transaction, after the number and the seller snapshot are set. Without e-invoicing installed
     * (or stopped by the operator) documents are issued without it; while its bundle is started but its service is
     * briefly away (a configuration change re-creating it), the issue is refused with 503 rather than leave a gap in
     * the device's chain that nothing records.
     */
    void issued(InvoiceEntity document, List<InvoiceLineEntity> lines, String billingReference) {
        EInvoicing current = eInvoicing;
        if (current == null) {
            if (eInvoicingStarted()) {
                throw new ServiceUnavailable("einvoicing.unavailable");
            }
            return;
        }
        Settings seller = document.seller(null);
        var issuedAt = document.issuedAt().atOffset(ZoneOffset.UTC).atZoneSameInstant(RIYADH);
        current.issued(new IssuedDocument(document.id(),
                document.kind() == DocumentKind.CREDIT_NOTE ? IssuedDocument.Type.CREDIT_NOTE : IssuedDocument.Type.INVOICE,
                document.type() == InvoiceType.SIMPLIFIED, document.number(), document.uuid(), document.issueDate(),
                issuedAt.toLocalTime().withNano(0), document.supplyDate(), document.currency(), billingReference,
                document.reason(),
                new IssuedDocument.Party(seller.sellerNameAr(), seller.sellerNameEn(), seller.vatNumber(),
                        seller.crNumber(), seller.buildingNumber(), seller.street(), seller.district(), seller.city(),
                        seller.postalCode()),
                new IssuedDocument.Party(document.customerNameAr(), document.customerNameEn(),
                        document.customerVatNumber(), null, document.buildingNumber(), document.street(),
                        document.district(), document.city(), document.postalCode()),
                lines.stream().map(line -> new IssuedDocument.Line(line.lineNumber(), line.description(), line.priced(),
                        line.exemptionCode(), line.exemptionReason())).toList()));
    }

    public Optional<EInvoiceStatus> status(String invoiceId) {
        EInvoicing current = eInvoicing;
        return current == null ? Optional.empty() : current.status(invoiceId);
    }

    /** A standard document queued for clearance: ZATCA requires clearance before it is shared with the buyer. */
    boolean awaitsClearance(InvoiceEntity document) {
        return document.type() == InvoiceType.STANDARD
                && status(document.id()).map(state -> "PENDING".equals(state.state())).orElse(false);
    }

    public Optional<String> xml(String invoiceId) {
        EInvoicing current = eInvoicing;
        return current == null ? Optional.empty() : current.xml(invoiceId);
    }

    private boolean eInvoicingStarted() {
        for (Bundle bundle : context.getBundles()) {
            if (EINVOICING_BUNDLE.equals(bundle.getSymbolicName())
                    && (bundle.getState() & (Bundle.ACTIVE | Bundle.STARTING)) != 0) {
                return true;
            }
        }
        return false;
    }
}
