package com.doganhub.zatca.internal.devices;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.camel.ProducerTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.doganhub.integration.api.secrets.SecretVault;
import com.doganhub.integration.api.zatca.FatooraCall;
import com.doganhub.integration.api.zatca.FatooraResult;
import com.doganhub.platform.api.TenantScope;
import com.doganhub.platform.api.audit.AuditEvent;
import com.doganhub.platform.api.audit.AuditLog;
import com.doganhub.platform.api.error.Conflict;
import com.doganhub.platform.api.error.FieldError;
import com.doganhub.platform.api.error.NotFound;
import com.doganhub.platform.api.error.ServiceUnavailable;
import com.doganhub.platform.api.error.ValidationFailed;
import com.doganhub.platform.persistence.api.SchemaReady;
import com.doganhub.platform.persistence.api.TenantJpa;
import com.doganhub.zatca.internal.ZatcaUnit;
import com.doganhub.zatca.internal.onboarding.CsrGenerator;
import com.doganhub.zatca.internal.onboarding.DeviceKeys;
import com.doganhub.zatca.internal.onboarding.EgsUnit;
import com.doganhub.zatca.internal.signing.InvoiceSignatures;

/**
 * The calling tenant's e-invoicing devices and their onboarding: key pair and CSR, compliance CSID (with the portal's
 * OTP), compliance checks, production CSID, renewal. Fatoora is called outside any transaction (through the route);
 * what it answers is stored in a short one. Private keys and CSID secrets are sealed, with the device id as context.
 */
@Component(service = Devices.class)
public class Devices {

    private static final Logger LOG = LoggerFactory.getLogger(Devices.class);

    private final JpaTemplate jpa;
    private final TenantJpa tenantJpa;
    private final TenantScope tenantScope;
    private final SecretVault vault;
    private final ProducerTemplate producer;
    private final AuditLog audit;
    private final CsrGenerator csrs = new CsrGenerator();
    private final DeviceKeys keys = new DeviceKeys();
    private final InvoiceSignatures signatures = new InvoiceSignatures();
    private final Clock clock = Clock.systemUTC();

    @Activate
    public Devices(@Reference(target = ZatcaUnit.JPA) JpaTemplate jpa, @Reference TenantJpa tenantJpa,
            @Reference TenantScope tenantScope, @Reference SecretVault vault, @Reference ProducerTemplate producer,
            @Reference AuditLog audit, @Reference(target = ZatcaUnit.SCHEMA) SchemaReady schema) {
        this.jpa = jpa;
        this.tenantJpa = tenantJpa;
        this.tenantScope = tenantScope;
        this.vault = vault;
        this.producer = producer;
        this.audit = audit;
    }

    /** A new device: its key pair and CSR. The first device of a tenant becomes its active one when it goes live. */
    public DeviceView create(String name, EgsUnit unit) {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new ValidationFailed("name", "zatca.device-name");
        }
        unit.validate();
        String id = UUID.randomUUID().toString();
        KeyPair pair;
        String csr;
        try {
            pair = csrs.keyPair();
            csr = csrs.csr(unit, pair);
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("cannot make the device's keys", impossible);
        }
        String sealedKey = vault.seal(DeviceKeys.encode(pair.getPrivate()), id);
        DeviceEntity device = inTransaction(em -> {
            DeviceEntity created = new DeviceEntity(id, name.strip(), unit, sealedKey, csr, now());
            em.persist(created);
            return created;
        });
        audit.record(AuditEvent.of("zatca-device", id, "create").with("serialNumber", null, unit.serialNumber()));
        return DeviceView.of(device);
    }

    public List<DeviceView> list() {
        return inTransaction(em -> em.createQuery("select d from DeviceEntity d order by d.createdAt, d.id",
                DeviceEntity.class).getResultList().stream().map(DeviceView::of).toList());
    }

    public DeviceView view(String id) {
        return DeviceView.of(inTransaction(em -> find(em, id)));
    }

    /** Step 2: the compliance CSID for the device's CSR, authorised by the OTP from the Fatoora portal. */
    public DeviceView requestComplianceCsid(String id, String otp) {
        if (otp == null || !otp.strip().matches("\\d{6}")) {
            throw new ValidationFailed("otp", "zatca.otp-format");
        }
        DeviceEntity device = inTransaction(em -> find(em, id));
        if (device.status() != DeviceEntity.Status.CSR_READY && device.status() != DeviceEntity.Status.COMPLIANCE_CSID) {
            throw new Conflict("zatca.device-onboarded", device.status().name());
        }
        FatooraResult result = call(FatooraCall.complianceCsid(device.csr(), otp.strip()));
        FatooraResult.Csid csid = accepted(result, "otp");
        DeviceEntity updated = inTransaction(em -> {
            DeviceEntity locked = lockIn(em, id, DeviceEntity.Status.CSR_READY, DeviceEntity.Status.COMPLIANCE_CSID);
            locked.complianceCsid(csid.binarySecurityToken(), vault.seal(csid.secret(), id), csid.requestId(), now());
            return locked;
        });
        audit.record(AuditEvent.of("zatca-device", id, "compliance-csid").with("requestId", null, csid.requestId()));
        return DeviceView.of(updated);
    }

    /** Step 4: the production CSID, once every compliance check passed. The device becomes the active one. */
    public DeviceView requestProductionCsid(String id) {
        DeviceEntity device = inTransaction(em -> find(em, id));
        if (device.status() != DeviceEntity.Status.COMPLIANT) {
            throw new Conflict("zatca.device-not-compliant", device.status().name());
        }
        FatooraResult result = call(FatooraCall.productionCsid(complianceCredentials(device)));
        FatooraResult.Csid csid = accepted(result, null);
        LocalDateTime expires = expiry(csid.binarySecurityToken());
        DeviceEntity updated = inTransaction(em -> {
            DeviceEntity locked = lockIn(em, id, DeviceEntity.Status.COMPLIANT);
            locked.productionCsid(csid.binarySecurityToken(), vault.seal(csid.secret(), id), csid.requestId(), expires,
                    now());
            activateOnly(em, locked);
            return locked;
        });
        audit.record(AuditEvent.of("zatca-device", id, "production-csid").with("requestId", null, csid.requestId()));
        return DeviceView.of(updated);
    }

    /**
     * Renewal before the production certificate expires: a new key pair and CSR, authorised by the current production
     * CSID and a fresh OTP. The hash chain goes on unbroken.
     */
    public DeviceView renew(String id, String otp) {
        if (otp == null || !otp.strip().matches("\\d{6}")) {
            throw new ValidationFailed("otp", "zatca.otp-format");
        }
        DeviceEntity device = inTransaction(em -> find(em, id));
        if (device.status() != DeviceEntity.Status.ACTIVE) {
            throw new Conflict("zatca.device-not-active", device.status().name());
        }
        KeyPair pair;
        String csr;
        try {
            pair = csrs.keyPair();
            csr = csrs.csr(device.unit(), pair);
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("cannot make the device's keys", impossible);
        }
        FatooraResult result = call(FatooraCall.renewal(productionCredentials(device), csr, otp.strip()));
        FatooraResult.Csid csid = accepted(result, "otp");
        LocalDateTime expires = expiry(csid.binarySecurityToken());
        String sealedKey = vault.seal(DeviceKeys.encode(pair.getPrivate()), id);
        DeviceEntity updated = inTransaction(em -> {
            DeviceEntity locked = lockIn(em, id, DeviceEntity.Status.ACTIVE);
            locked.renewed(sealedKey, csr, csid.binarySecurityToken(), vault.seal(csid.secret(), id), csid.requestId(),
                    expires, now());
            return locked;
        });
        audit.record(AuditEvent.of("zatca-device", id, "renew").with("requestId", null, csid.requestId()));
        return DeviceView.of(updated);
    }

    /** Makes this live device the one new documents are signed with. */
    public DeviceView activate(String id) {
        DeviceEntity updated = inTransaction(em -> {
            DeviceEntity locked = lock(em, id);
            if (locked.status() != DeviceEntity.Status.ACTIVE) {
                throw new Conflict("zatca.device-not-active", locked.status().name());
            }
            activateOnly(em, locked);
            return locked;
        });
        audit.record(AuditEvent.of("zatca-device", id, "activate"));
        return DeviceView.of(updated);
    }

    void recordComplianceChecks(String id, List<String> summary, boolean passed) {
        inTransaction(em -> {
            lockIn(em, id, DeviceEntity.Status.COMPLIANCE_CSID, DeviceEntity.Status.COMPLIANT)
                    .complianceChecks(String.join("\n", summary), passed, now());
            return null;
        });
        audit.record(AuditEvent.of("zatca-device", id, "compliance-checks").with("passed", null, passed));
    }

    DeviceEntity forComplianceChecks(String id) {
        DeviceEntity device = inTransaction(em -> find(em, id));
        if (device.status() != DeviceEntity.Status.COMPLIANCE_CSID && device.status() != DeviceEntity.Status.COMPLIANT) {
            throw new Conflict("zatca.device-needs-compliance-csid", device.status().name());
        }
        return device;
    }

    /**
     * The tenant's active, live device, locked until the caller's transaction ends: every issue of the tenant queues
     * here, so counters and previous hashes follow each other without gaps or forks. Empty when none is live.
     */
    public Optional<DeviceEntity> lockActive(EntityManager em) {
        Optional<DeviceEntity> live = liveDevice(em);
        // Waiting on the lock while the tenant switched devices, the old row no longer matches and is skipped; the
        // new one was not in this statement's snapshot. Asking again sees it.
        return live.isPresent() ? live : liveDevice(em);
    }

    private static Optional<DeviceEntity> liveDevice(EntityManager em) {
        return em.createQuery("select d from DeviceEntity d where d.active = true and d.status = :live",
                DeviceEntity.class).setParameter("live", DeviceEntity.Status.ACTIVE)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList().stream().findFirst();
    }

    public FatooraResult.Csid productionCredentials(DeviceEntity device) {
        return new FatooraResult.Csid(device.productionToken(), vault.open(device.sealedProductionSecret(), device.id()),
                null);
    }

    FatooraResult.Csid complianceCredentials(DeviceEntity device) {
        return new FatooraResult.Csid(device.complianceToken(), vault.open(device.sealedComplianceSecret(), device.id()),
                device.complianceRequestId());
    }

    /** @throws ServiceUnavailable when the sealed key does not open (the secrets key changed): nothing is signed */
    public PrivateKey privateKey(DeviceEntity device) {
        try {
            return keys.decode(vault.open(device.sealedPrivateKey(), device.id()));
        } catch (GeneralSecurityException | IllegalStateException unreadable) {
            LOG.error("The private key of e-invoicing device {} cannot be opened: {}", device.id(), unreadable.toString());
            throw new ServiceUnavailable("zatca.device-key-unusable", device.name());
        }
    }

    /**
     * Sends a document through the Fatoora route for the outbox: no route (its feature not installed) or a failing
     * call is a RETRY answer, never an exception.
     */
    public FatooraResult send(FatooraCall call) {
        try {
            return producer.requestBody(FatooraCall.ENDPOINT, call, FatooraResult.class);
        } catch (RuntimeException unavailable) {
            return new FatooraResult(FatooraResult.Outcome.RETRY, 0, List.of(new FatooraResult.Message("ERROR",
                    "route-unavailable", "platform", "the Fatoora route is not available: "
                            + com.doganhub.platform.api.SecretMask.scrub(String.valueOf(unavailable.getMessage())))),
                    null, null);
        }
    }

    /** Sends a call through the Fatoora route; no route (its feature not installed) is a 503 the caller can retry. */
    FatooraResult call(FatooraCall call) {
        try {
            return producer.requestBody(FatooraCall.ENDPOINT, call, FatooraResult.class);
        } catch (RuntimeException unavailable) {
            LOG.warn("Fatoora route unavailable for {}: {}", call, unavailable.getMessage());
            throw new ServiceUnavailable("zatca.fatoora-unavailable");
        }
    }

    private static FatooraResult.Csid accepted(FatooraResult result, String field) {
        switch (result.outcome()) {
            case ACCEPTED, ACCEPTED_WITH_WARNINGS -> {
                if (result.csid() == null || result.csid().secret() == null) {
                    throw new ServiceUnavailable("zatca.fatoora-no-csid");
                }
                return result.csid();
            }
            case RETRY -> throw new ServiceUnavailable("zatca.fatoora-unavailable");
            default -> {
                String reasons = result.messages().stream().map(m -> m.code() + ": " + m.message())
                        .reduce((a, b) -> a + "; " + b).orElse("HTTP " + result.status());
                throw new ValidationFailed(List.of(FieldError.of(field == null ? "device" : field,
                        "zatca.fatoora-refused", reasons)));
            }
        }
    }

    private LocalDateTime expiry(String binarySecurityToken) {
        try {
            X509Certificate certificate = signatures.certificate(DeviceKeys.certificateOf(binarySecurityToken));
            return LocalDateTime.ofInstant(certificate.getNotAfter().toInstant(), ZoneOffset.UTC);
        } catch (GeneralSecurityException | IllegalArgumentException unreadable) {
            LOG.warn("The production CSID's certificate cannot be read for its expiry: {}", unreadable.toString());
            return null;
        }
    }

    private void activateOnly(EntityManager em, DeviceEntity device) {
        for (DeviceEntity other : em.createQuery("select d from DeviceEntity d where d.active = true",
                DeviceEntity.class).getResultList()) {
            if (!other.id().equals(device.id())) {
                other.activate(false, now());
            }
        }
        device.activate(true, now());
    }

    private DeviceEntity find(EntityManager em, String id) {
        DeviceEntity device = id == null ? null : em.find(DeviceEntity.class, id);
        if (device == null) {
            throw new NotFound("zatca-device", id);
        }
        return device;
    }

    /**
     * The device locked, still at one of {@code expected}: Fatoora was called outside the transaction, and another
     * step may have moved the device meanwhile; what it answered must not undo that step.
     */
    private DeviceEntity lockIn(EntityManager em, String id, DeviceEntity.Status... expected) {
        DeviceEntity device = lock(em, id);
        if (!java.util.Arrays.asList(expected).contains(device.status())) {
            throw new Conflict("zatca.device-moved-on", device.status().name());
        }
        return device;
    }

    private DeviceEntity lock(EntityManager em, String id) {
        DeviceEntity device = em.find(DeviceEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (device == null) {
            throw new NotFound("zatca-device", id);
        }
        return device;
    }

    public <R> R inTransaction(org.apache.aries.jpa.template.EmFunction<R> work) {
        return tenantJpa.inTransaction(jpa, work);
    }

    String tenantId() {
        return tenantScope.require().tenantId();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(ZoneOffset.UTC)).withNano(0);
    }
}
