package com.doganhub.finance.internal.invoices;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import com.doganhub.finance.api.einvoicing.EInvoiceStatus;
import com.doganhub.finance.api.einvoicing.EInvoicing;
import com.doganhub.finance.api.einvoicing.IssuedDocument;
import com.doganhub.finance.internal.books.Settings;

/**
 * Hands issued documents to e-invoicing when it is installed. The reference is dynamic: installing or removing the
 * ZATCA feature neither restarts invoicing nor fails an issue in flight; documents issued while it is absent are
 * simply not e-invoiced (the status endpoint says so).
 */
@Component(service = EInvoiceHandOver.class)
public class EInvoiceHandOver {

    private static final ZoneId RIYADH = ZoneId.of("Asia/Riyadh");

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile EInvoicing eInvoicing;

    /** In the issuing transaction, after the number and the seller snapshot are set. */
    void issued(InvoiceEntity document, List<InvoiceLineEntity> lines, String billingReference) {
        EInvoicing current = eInvoicing;
        if (current == null) {
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

    public Optional<String> xml(String invoiceId) {
        EInvoicing current = eInvoicing;
        return current == null ? Optional.empty() : current.xml(invoiceId);
    }

    public boolean installed() {
        return eInvoicing != null;
    }
}
