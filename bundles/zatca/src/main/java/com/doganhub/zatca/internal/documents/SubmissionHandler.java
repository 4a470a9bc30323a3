package com.doganhub.zatca.internal.documents;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.doganhub.finance.api.einvoicing.ClearedInvoices;
import com.doganhub.integration.api.outbox.OutboxDelivery;
import com.doganhub.integration.api.outbox.OutboxHandler;
import com.doganhub.integration.api.outbox.OutboxOutcome;
import com.doganhub.integration.api.zatca.FatooraCall;
import com.doganhub.integration.api.zatca.FatooraResult;
import com.doganhub.platform.api.TenantContext;
import com.doganhub.platform.api.TenantScope;
import com.doganhub.platform.api.audit.AuditEvent;
import com.doganhub.platform.api.audit.AuditLog;
import com.doganhub.platform.api.error.PlatformException;
import com.doganhub.zatca.internal.devices.DeviceEntity;
import com.doganhub.zatca.internal.devices.Devices;

/**
 * Delivers the {@code zatca} outbox messages: clears a standard document or reports a simplified one through the
 * Fatoora route with its device's production CSID, and records the answer on the document. 200 and 202 settle it
 * (202 keeps the warnings; a cleared invoice keeps ZATCA's stamped XML); 400 marks it rejected with ZATCA's errors
 * and alerts (no retry: the same bytes would be refused again); 409 means ZATCA has it already; 401, 5xx and no
 * answer are retried by the outbox with backoff. A document already settled is never sent again.
 */
@Component(service = OutboxHandler.class, property = OutboxHandler.KIND + "=" + ZatcaEInvoicing.OUTBOX_KIND)
public class SubmissionHandler implements OutboxHandler {

    private static final Logger LOG = LoggerFactory.getLogger(SubmissionHandler.class);
    private static final Pattern DOCUMENT = Pattern.compile("\"document\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    private final Devices devices;
    private final TenantScope tenantScope;
    private final AuditLog audit;
    private final RejectionAlert alert;
    private final Clock clock = Clock.systemUTC();

    /** Finance, told when a standard invoice is cleared so it can go to the buyer then and not before. */
    @Reference(cardinality = org.osgi.service.component.annotations.ReferenceCardinality.MULTIPLE,
            policy = org.osgi.service.component.annotations.ReferencePolicy.DYNAMIC,
            fieldOption = org.osgi.service.component.annotations.FieldOption.UPDATE)
    private final List<ClearedInvoices> clearedListeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Activate
    public SubmissionHandler(@Reference Devices devices, @Reference TenantScope tenantScope, @Reference AuditLog audit,
            @Reference RejectionAlert alert) {
        this.devices = devices;
        this.tenantScope = tenantScope;
        this.audit = audit;
        this.alert = alert;
    }

    /**
     * With the default backoff (doubling from 2 s, capped at an hour) 40 attempts span about 30 hours: a Fatoora
     * outage or an expired CSID outlasting ZATCA's 24 hours still ends in a report, and the integration report turns
     * FAILING at 24 hours so someone acts first.
     */
    @Override
    public int maxAttempts() {
        return 40;
    }

    @Override
    public OutboxOutcome deliver(OutboxDelivery delivery) {
        Matcher id = DOCUMENT.matcher(delivery.payload());
        if (!id.find()) {
            return OutboxOutcome.dead("no document id in the payload");
        }
        TenantContext system = TenantContext.system(delivery.tenantId(), delivery.tenantSlug());
        try {
            return tenantScope.callAs(system, () -> submit(id.group(1)));
        } catch (PlatformException | IllegalStateException failed) {
            return OutboxOutcome.retry(failed.getMessage());
        } catch (Exception unexpected) {
            return OutboxOutcome.retry(unexpected.getClass().getSimpleName() + ": " + unexpected.getMessage());
        }
    }

    private OutboxOutcome submit(String documentId) {
        record Pending(DocumentEntity document, DeviceEntity device) {
        }
        Pending pending = devices.inTransaction(em -> {
            DocumentEntity document = em.find(DocumentEntity.class, documentId);
            if (document == null || document.state().settled()) {
                return new Pending(document, null);
            }
            return new Pending(document, em.find(DeviceEntity.class, document.deviceId()));
        });
        if (pending.document() == null) {
            return OutboxOutcome.dead("document " + documentId + " does not exist");
        }
        DocumentEntity document = pending.document();
        if (document.state().settled()) {
            return OutboxOutcome.done(document.state().name()); // answered before a crash lost the outbox outcome
        }
        FatooraCall.Operation operation = document.simplified() ? FatooraCall.Operation.REPORT : FatooraCall.Operation.CLEAR;
        FatooraResult result = devices.send(FatooraCall.document(operation, devices.productionCredentials(pending.device()),
                document.invoiceHash(), document.uuid(),
                Base64.getEncoder().encodeToString(document.xml().getBytes(StandardCharsets.UTF_8))));
        List<String> messages = new java.util.ArrayList<>(result.messages().stream()
                .map(message -> message.type() + " " + message.code() + ": " + message.message()).toList());
        if (result.outcome() == FatooraResult.Outcome.ALREADY_SUBMITTED && !document.simplified()) {
            // ZATCA cleared it before (the answer to that call was lost) and does not return its stamped copy again
            messages.add("WARNING already-cleared: ZATCA cleared this invoice earlier; its stamped XML was not returned "
                    + "again, so the XML and QR served are the ones submitted. Download the cleared copy from the "
                    + "Fatoora portal if the buyer needs it.");
        }
        DocumentEntity.State settled = switch (result.outcome()) {
            case ACCEPTED -> document.simplified() ? DocumentEntity.State.REPORTED : DocumentEntity.State.CLEARED;
            case ACCEPTED_WITH_WARNINGS -> DocumentEntity.State.ACCEPTED_WITH_WARNINGS;
            case ALREADY_SUBMITTED -> document.simplified() ? DocumentEntity.State.REPORTED : DocumentEntity.State.CLEARED;
            case REJECTED -> DocumentEntity.State.REJECTED;
            case UNAUTHORIZED, RETRY -> null;
        };
        String cleared = result.cleared() == null ? null
                : new String(Base64.getDecoder().decode(result.cleared()), StandardCharsets.UTF_8);
        devices.inTransaction(em -> {
            DocumentEntity current = em.find(DocumentEntity.class, documentId);
            current.attempted(settled == null ? messages : List.of());
            if (settled != null) {
                current.answered(settled, messages, cleared, LocalDateTime.now(clock.withZone(ZoneOffset.UTC)).withNano(0));
            }
            return null;
        });
        if (settled == DocumentEntity.State.REJECTED) {
            LOG.warn("ZATCA rejected {} {}: {}", operation == FatooraCall.Operation.CLEAR ? "standard" : "simplified",
                    document.number(), String.join("; ", messages));
            audit.record(AuditEvent.of("invoice", documentId, "zatca-rejected").with("errors", null,
                    String.join("; ", messages)));
            try {
                alert.rejected(documentId, document.number(), document.simplified(), messages);
            } catch (RuntimeException notSent) {
                LOG.warn("The rejection alert of {} could not be queued: {}", document.number(), notSent.toString());
            }
        }
        if (!document.simplified() && (settled == DocumentEntity.State.CLEARED
                || settled == DocumentEntity.State.ACCEPTED_WITH_WARNINGS)) {
            for (ClearedInvoices listener : clearedListeners) {
                try {
                    listener.cleared(documentId);
                } catch (RuntimeException notTold) {
                    LOG.warn("Finance could not act on the clearance of {}: {}", document.number(), notTold.toString());
                }
            }
        }
        if (settled != null) {
            return OutboxOutcome.done(settled.name());
        }
        return OutboxOutcome.retry(result.outcome() == FatooraResult.Outcome.UNAUTHORIZED
                ? "ZATCA refused the device's production CSID (HTTP " + result.status() + "): renew it"
                : "Fatoora answered HTTP " + result.status() + (messages.isEmpty() ? "" : ": " + String.join("; ", messages)));
    }
}
