package com.doganhub.zatca.internal.devices;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;

import com.doganhub.platform.persistence.api.TenantOwnedEntity;
import com.doganhub.zatca.internal.hash.InvoiceHash;
import com.doganhub.zatca.internal.onboarding.EgsUnit;

/**
 * One e-invoicing device (EGS unit): its identity as in its CSR, its keys and CSIDs (the private key and the secrets
 * sealed with the platform's secrets key, the device id as context), and the head of its hash chain. The chain is
 * only advanced by {@link #advance} under a row lock in the issuing transaction.
 */
@Entity
@Table(name = "zat_device")
public class DeviceEntity extends TenantOwnedEntity {

    public enum Status {
        /** Keys and CSR made; waiting for the portal's OTP. */
        CSR_READY,
        /** Compliance CSID received; the compliance checks come next. */
        COMPLIANCE_CSID,
        /** Every compliance check passed; the production CSID comes next. */
        COMPLIANT,
        /** Production CSID received: documents are signed and submitted with it. */
        ACTIVE
    }

    @Id
    @Column(length = 36)
    private String id;
    private String name;
    @Enumerated(EnumType.STRING)
    private EgsUnit.Environment environment;
    @Column(name = "common_name")
    private String commonName;
    @Column(name = "organization_name")
    private String organizationName;
    @Column(name = "organization_unit")
    private String organizationUnit;
    @Column(name = "vat_number")
    private String vatNumber;
    @Column(name = "serial_number")
    private String serialNumber;
    @Column(name = "invoice_types")
    private String invoiceTypes;
    private String location;
    private String industry;
    @Enumerated(EnumType.STRING)
    private Status status;
    @Lob
    @Column(name = "private_key")
    private String privateKey;
    @Lob
    private String csr;
    @Lob
    @Column(name = "compliance_token")
    private String complianceToken;
    @Column(name = "compliance_secret")
    private String complianceSecret;
    @Column(name = "compliance_request_id")
    private String complianceRequestId;
    @Lob
    @Column(name = "compliance_checks")
    private String complianceChecks;
    @Lob
    @Column(name = "production_token")
    private String productionToken;
    @Column(name = "production_secret")
    private String productionSecret;
    @Column(name = "production_request_id")
    private String productionRequestId;
    @Column(name = "certificate_expires_at")
    private LocalDateTime certificateExpiresAt;
    private boolean active;
    private long counter;
    @Column(name = "last_hash")
    private String lastHash;
    @Column(name = "created_at")
    private LocalDateTime createdAt;
    @Column(name = "updated_at")
    private LocalDateTime updatedAt;

    protected DeviceEntity() {
        // JPA
    }

    DeviceEntity(String id, String name, EgsUnit unit, String sealedPrivateKey, String csr, LocalDateTime now) {
        this.id = id;
        this.name = name;
        this.environment = unit.environment();
        this.commonName = unit.commonName();
        this.organizationName = unit.organizationName();
        this.organizationUnit = unit.organizationUnit();
        this.vatNumber = unit.vatNumber();
        this.serialNumber = unit.serialNumber();
        this.invoiceTypes = unit.invoiceTypes();
        this.location = unit.location();
        this.industry = unit.industry();
        this.status = Status.CSR_READY;
        this.privateKey = sealedPrivateKey;
        this.csr = csr;
        this.counter = 0;
        this.lastHash = InvoiceHash.FIRST_PREVIOUS_HASH;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public EgsUnit unit() {
        return new EgsUnit(commonName, organizationName, organizationUnit, vatNumber, serialNumber, invoiceTypes,
                location, industry, environment);
    }

    void complianceCsid(String token, String sealedSecret, String requestId, LocalDateTime now) {
        this.complianceToken = token;
        this.complianceSecret = sealedSecret;
        this.complianceRequestId = requestId;
        this.status = Status.COMPLIANCE_CSID;
        this.updatedAt = now;
    }

    void complianceChecks(String summary, boolean passed, LocalDateTime now) {
        this.complianceChecks = summary;
        if (passed && status == Status.COMPLIANCE_CSID) {
            this.status = Status.COMPLIANT;
        }
        this.updatedAt = now;
    }

    void productionCsid(String token, String sealedSecret, String requestId, LocalDateTime expiresAt, LocalDateTime now) {
        this.productionToken = token;
        this.productionSecret = sealedSecret;
        this.productionRequestId = requestId;
        this.certificateExpiresAt = expiresAt;
        this.status = Status.ACTIVE;
        this.updatedAt = now;
    }

    /** A renewal: the new key and CSR go with the new production CSID, the chain goes on unbroken. */
    void renewed(String sealedPrivateKey, String newCsr, String token, String sealedSecret, String requestId,
            LocalDateTime expiresAt, LocalDateTime now) {
        this.privateKey = sealedPrivateKey;
        this.csr = newCsr;
        productionCsid(token, sealedSecret, requestId, expiresAt, now);
    }

    void activate(boolean on, LocalDateTime now) {
        this.active = on;
        this.updatedAt = now;
    }

    /** Moves the head of the chain to the document just signed; the caller holds the row lock. */
    public void advance(long newCounter, String hash) {
        if (newCounter != counter + 1) {
            throw new IllegalStateException("chain of device " + id + " would jump from " + counter + " to " + newCounter);
        }
        this.counter = newCounter;
        this.lastHash = hash;
    }

    public String id() { return id; }
    public String name() { return name; }
    public EgsUnit.Environment environment() { return environment; }
    public Status status() { return status; }
    public String sealedPrivateKey() { return privateKey; }
    public String csr() { return csr; }
    public String complianceToken() { return complianceToken; }
    public String sealedComplianceSecret() { return complianceSecret; }
    public String complianceRequestId() { return complianceRequestId; }
    public String complianceChecks() { return complianceChecks; }
    public String productionToken() { return productionToken; }
    public String sealedProductionSecret() { return productionSecret; }
    public LocalDateTime certificateExpiresAt() { return certificateExpiresAt; }
    public boolean active() { return active; }
    public long counter() { return counter; }
    public String lastHash() { return lastHash; }
    public LocalDateTime createdAt() { return createdAt; }
    public LocalDateTime updatedAt() { return updatedAt; }
}
