package com.doganhub.zatca.internal.devices;

import java.math.BigDecimal;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.doganhub.integration.api.zatca.FatooraCall;
import com.doganhub.integration.api.zatca.FatooraResult;
import com.doganhub.platform.api.error.ValidationFailed;
import com.doganhub.zatca.internal.hash.InvoiceHash;
import com.doganhub.zatca.internal.onboarding.DeviceKeys;
import com.doganhub.zatca.internal.qr.QrCodes;
import com.doganhub.zatca.internal.signing.InvoiceSigner;
import com.doganhub.zatca.internal.signing.SignedInvoice;
import com.doganhub.zatca.internal.ubl.UblDocument;

/**
 * Step 3 of onboarding: for each kind of document the device may issue (its invoice types: standard, simplified),
 * an invoice, a credit note and a debit note signed with the compliance CSID and sent to {@code /compliance/invoices}.
 * They form their own chain from the documented seed; the device's real chain starts when it goes live.
 */
@Component(service = ComplianceChecks.class)
public class ComplianceChecks {

    private static final ZoneId RIYADH = ZoneId.of("Asia/Riyadh");

    private final Devices devices;
    private final InvoiceSigner signer = new InvoiceSigner();

    @Activate
    public ComplianceChecks(@Reference Devices devices) {
        this.devices = devices;
    }

    /** The seller as printed on the samples: the tenant's registered name, CR number and national address. */
    public record SampleSeller(String name, String crNumber, String street, String buildingNumber, String district,
            String city, String postalCode) {
    }

    public DeviceView run(String id, SampleSeller seller) {
        if (seller == null || seller.name() == null || seller.name().isBlank()) {
            throw new ValidationFailed("seller.name", "zatca.sample-seller");
        }
        DeviceEntity device = devices.forComplianceChecks(id);
        FatooraResult.Csid credentials = devices.complianceCredentials(device);
        String certificate = DeviceKeys.certificateOf(credentials.binarySecurityToken());
        String types = device.unit().invoiceTypes();
        List<Boolean> kinds = new ArrayList<>();
        if (types.charAt(0) == '1') {
            kinds.add(false);
        }
        if (types.charAt(1) == '1') {
            kinds.add(true);
        }
        List<String> summary = new ArrayList<>();
        boolean passed = true;
        long counter = 0;
        String previous = InvoiceHash.FIRST_PREVIOUS_HASH;
        for (boolean simplified : kinds) {
            for (UblDocument.Kind kind : UblDocument.Kind.values()) {
                counter++;
                UblDocument sample = sample(kind, simplified, counter, previous, device, seller);
                SignedInvoice signed = sign(sample, device, certificate);
                FatooraResult result = devices.call(FatooraCall.document(FatooraCall.Operation.COMPLIANCE_CHECK,
                        credentials, signed.hash(), sample.uuid(),
                        Base64.getEncoder().encodeToString(signed.xml())));
                boolean ok = result.outcome() == FatooraResult.Outcome.ACCEPTED
                        || result.outcome() == FatooraResult.Outcome.ACCEPTED_WITH_WARNINGS;
                passed &= ok;
                summary.add((simplified ? "simplified " : "standard ") + kind.name().toLowerCase(java.util.Locale.ROOT)
                        .replace('_', ' ') + ": " + result.outcome() + result.messages().stream()
                        .filter(message -> !"INFO".equalsIgnoreCase(message.type()))
                        .map(message -> " " + message.type() + " " + message.code() + ": " + message.message())
                        .reduce("", String::concat));
                previous = signed.hash();
            }
        }
        devices.recordComplianceChecks(id, summary, passed);
        return devices.view(id);
    }

    private SignedInvoice sign(UblDocument sample, DeviceEntity device, String certificate) {
        try {
            return signer.sign(sample, devices.privateKey(device), certificate, Instant.now());
        } catch (GeneralSecurityException | IllegalArgumentException unusable) {
            throw new IllegalStateException("cannot sign a compliance sample with device " + device.id(), unusable);
        }
    }

    private static UblDocument sample(UblDocument.Kind kind, boolean simplified, long counter, String previous,
            DeviceEntity device, SampleSeller seller) {
        UblDocument.Party sellerParty = new UblDocument.Party(seller.name(), device.unit().vatNumber(), seller.crNumber(),
                seller.street(), seller.buildingNumber(), seller.district(), seller.city(), seller.postalCode());
        UblDocument.Party buyer = simplified ? new UblDocument.Party(null, null, null, null, null, null, null, null)
                : new UblDocument.Party("شركة العميل التجريبية | Compliance Buyer Co.", "399999999800003", null,
                        "Prince Sultan St", "2322", "Al Murabba", "Riyadh", "23333");
        LocalDate today = LocalDate.now(RIYADH);
        LocalTime time = LocalTime.now(RIYADH).withNano(0);
        BigDecimal net = new BigDecimal("100.00");
        BigDecimal vat = new BigDecimal("15.00");
        String placeholderQr = QrCodes.phase1(seller.name(), device.unit().vatNumber(),
                today.atTime(time).atZone(RIYADH).toInstant(), net.add(vat), vat);
        String prefix = kind == UblDocument.Kind.INVOICE ? "CMP-INV-" : kind == UblDocument.Kind.CREDIT_NOTE ? "CMP-CRN-"
                : "CMP-DBN-";
        return new UblDocument(kind, simplified, prefix + counter, UUID.randomUUID().toString(), today, time, counter,
                previous, placeholderQr, simplified ? null : today,
                kind == UblDocument.Kind.INVOICE ? null : "CMP-INV-1",
                kind == UblDocument.Kind.INVOICE ? null : "Compliance check: returned goods",
                sellerParty, buyer,
                List.of(new UblDocument.Line(1, "منتج تجريبي | Sample item", BigDecimal.ONE, net, BigDecimal.ZERO, net,
                        vat, "S", new BigDecimal("15"))),
                List.of(new UblDocument.Subtotal("S", new BigDecimal("15"), net, vat, null, null)), net, net, vat,
                net.add(vat));
    }
}
