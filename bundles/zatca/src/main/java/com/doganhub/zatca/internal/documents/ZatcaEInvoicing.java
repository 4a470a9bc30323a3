package com.doganhub.zatca.internal.documents;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.doganhub.finance.api.InvoiceTotals;
import com.doganhub.finance.api.einvoicing.EInvoiceStatus;
import com.doganhub.finance.api.einvoicing.EInvoicing;
import com.doganhub.finance.api.einvoicing.IssuedDocument;
import com.doganhub.integration.api.outbox.Outbox;
import com.doganhub.integration.api.outbox.OutboxMessage;
import com.doganhub.platform.api.TenantContext;
import com.doganhub.platform.api.TenantScope;
import com.doganhub.platform.api.error.ServiceUnavailable;
import com.doganhub.platform.api.error.ValidationFailed;
import com.doganhub.zatca.internal.devices.DeviceEntity;
import com.doganhub.zatca.internal.devices.Devices;
import com.doganhub.zatca.internal.hash.InvoiceHash;
import com.doganhub.zatca.internal.onboarding.DeviceKeys;
import com.doganhub.zatca.internal.qr.QrCodes;
import com.doganhub.zatca.internal.signing.InvoiceSigner;
import com.doganhub.zatca.internal.signing.SignedInvoice;
import com.doganhub.zatca.internal.ubl.UblDocument;
import com.doganhub.zatca.internal.ubl.UblWriter;

/**
 * E-invoicing of finance's documents. In the issuing transaction: the tenant's live device is locked, the document
 * takes the next counter and the previous hash, is written as UBL, signed, hashed and given its QR; the device's
 * chain head moves to it; and its submission (clearance for standard, reporting for simplified) is queued in the
 * outbox. All of it commits with the invoice or not at all, so the chain never has a gap or a fork. Without a live
 * device the document still gets its phase 1 QR and is kept as not submitted.
 */
@Component(service = EInvoicing.class)
public class ZatcaEInvoicing implements EInvoicing {

    static final String OUTBOX_KIND = "zatca";
    private static final ZoneId RIYADH = ZoneId.of("Asia/Riyadh");

    private final Devices devices;
    private final Outbox outbox;
    private final TenantScope tenantScope;
    private final InvoiceSigner signer = new InvoiceSigner();
    private final Clock clock = Clock.systemUTC();

    @Activate
    public ZatcaEInvoicing(@Reference Devices devices, @Reference Outbox outbox, @Reference TenantScope tenantScope) {
        this.devices = devices;
        this.outbox = outbox;
        this.tenantScope = tenantScope;
    }

    @Override
    public void issued(IssuedDocument document) {
        String sellerName = UblMapping.registrationName(document.seller());
        Instant issuedAt = document.issueDate().atTime(document.issueTime()).atZone(RIYADH).toInstant();
        InvoiceTotals totals = InvoiceTotals.of(document.lines().stream().map(IssuedDocument.Line::priced).toList());
        String phase1 = QrCodes.phase1(sellerName, document.seller().vatNumber(), issuedAt,
                totals.taxInclusiveAmount(), totals.taxAmount());
        String kind = UblMapping.kind(document.type()).name();
        LocalDateTime issued = LocalDateTime.ofInstant(issuedAt, ZoneOffset.UTC);
        devices.inTransaction(em -> {
            Optional<DeviceEntity> live = devices.lockActive(em);
            if (live.isEmpty()) {
                byte[] xml = UblWriter.write(UblMapping.toUbl(document, 0, InvoiceHash.FIRST_PREVIOUS_HASH, phase1));
                em.persist(new DocumentEntity(document.invoiceId(), null, kind, document.simplified(), document.number(),
                        document.uuid(), 0, null, null, phase1, new String(xml, StandardCharsets.UTF_8),
                        DocumentEntity.State.NOT_SUBMITTED, issued));
                return null;
            }
            DeviceEntity device = live.get();
            if (document.simplified() ? device.unit().invoiceTypes().charAt(1) != '1'
                    : device.unit().invoiceTypes().charAt(0) != '1') {
                throw new ValidationFailed("type", "zatca.device-type", document.simplified() ? "SIMPLIFIED" : "STANDARD");
            }
            long counter = device.counter() + 1;
            String previous = device.lastHash();
            UblDocument ubl = UblMapping.toUbl(document, counter, previous, phase1);
            SignedInvoice signed = sign(ubl, device);
            device.advance(counter, signed.hash());
            em.persist(new DocumentEntity(document.invoiceId(), device.id(), kind, document.simplified(),
                    document.number(), document.uuid(), counter, previous, signed.hash(), signed.qr(),
                    new String(signed.xml(), StandardCharsets.UTF_8), DocumentEntity.State.PENDING, issued));
            TenantContext tenant = tenantScope.require();
            outbox.enqueue(new OutboxMessage(OUTBOX_KIND, tenant.tenantId(), tenant.tenantSlug(), document.invoiceId(),
                    (document.simplified() ? "report " : "clear ") + document.number(),
                    "{\"document\":\"" + document.invoiceId() + "\"}"));
            return null;
        });
    }

    private SignedInvoice sign(UblDocument ubl, DeviceEntity device) {
        try {
            return signer.sign(ubl, devices.privateKey(device), DeviceKeys.certificateOf(device.productionToken()),
                    clock.instant());
        } catch (GeneralSecurityException | IllegalArgumentException unusable) {
            // its certificate does not read: nothing can be signed until the device is renewed
            throw new ServiceUnavailable("zatca.device-key-unusable", device.name());
        }
    }

    @Override
    public Optional<EInvoiceStatus> status(String invoiceId) {
        return devices.inTransaction(em -> Optional.ofNullable(em.find(DocumentEntity.class, invoiceId))
                .map(document -> new EInvoiceStatus(document.state().name(), document.deviceId(), document.counter(),
                        document.invoiceHash(), document.previousHash(), qrOf(document), document.messageList(),
                        document.submittedAt() == null ? null : document.submittedAt().toInstant(ZoneOffset.UTC),
                        document.attempts())));
    }

    @Override
    public Optional<String> xml(String invoiceId) {
        return devices.inTransaction(em -> Optional.ofNullable(em.find(DocumentEntity.class, invoiceId))
                .map(document -> document.clearedXml() != null ? document.clearedXml() : document.xml()));
    }

    /** A cleared standard invoice's QR is the one ZATCA stamped into the cleared XML. */
    private static String qrOf(DocumentEntity document) {
        if (document.clearedXml() != null) {
            java.util.regex.Matcher qr = java.util.regex.Pattern.compile("<cbc:ID>QR</cbc:ID>\\s*<cac:Attachment>\\s*"
                    + "<cbc:EmbeddedDocumentBinaryObject[^>]*>([^<]+)<").matcher(document.clearedXml());
            if (qr.find()) {
                return qr.group(1).strip();
            }
        }
        return document.qr();
    }
}
