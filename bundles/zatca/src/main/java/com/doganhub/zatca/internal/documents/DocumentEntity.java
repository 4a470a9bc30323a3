package com.doganhub.zatca.internal.documents;

import java.time.LocalDateTime;
import java.util.List;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;

import com.doganhub.platform.persistence.api.TenantOwnedEntity;

/** One e-invoiced document, keyed by the finance document's id: its place in the chain, its XML, what ZATCA said. */
@Entity
@Table(name = "zat_document")
public class DocumentEntity extends TenantOwnedEntity {

    public enum State {
        /** No active device when it was issued: phase 1 (QR only), nothing to submit. */
        NOT_SUBMITTED,
        /** Signed and queued for reporting or clearance. */
        PENDING,
        REPORTED,
        CLEARED,
        ACCEPTED_WITH_WARNINGS,
        REJECTED;

        boolean settled() {
            return this != PENDING;
        }
    }

    @Id
    @Column(length = 36)
    private String id;
    @Column(name = "device_id")
    private String deviceId;
    private String kind;
    private boolean simplified;
    private String number;
    private String uuid;
    private long counter;
    @Column(name = "previous_hash")
    private String previousHash;
    @Column(name = "invoice_hash")
    private String invoiceHash;
    @Lob
    private String qr;
    @Lob
    private String xml;
    @Lob
    @Column(name = "cleared_xml")
    private String clearedXml;
    @Enumerated(EnumType.STRING)
    private State state;
    @Lob
    private String messages;
    private int attempts;
    @Column(name = "issued_at")
    private LocalDateTime issuedAt;
    @Column(name = "submitted_at")
    private LocalDateTime submittedAt;

    protected DocumentEntity() {
        // JPA
    }

    DocumentEntity(String id, String deviceId, String kind, boolean simplified, String number, String uuid, long counter,
            String previousHash, String invoiceHash, String qr, String xml, State state, LocalDateTime issuedAt) {
        this.id = id;
        this.deviceId = deviceId;
        this.kind = kind;
        this.simplified = simplified;
        this.number = number;
        this.uuid = uuid;
        this.counter = counter;
        this.previousHash = previousHash;
        this.invoiceHash = invoiceHash;
        this.qr = qr;
        this.xml = xml;
        this.state = state;
        this.issuedAt = issuedAt;
    }

    void answered(State newState, List<String> authorityMessages, String cleared, LocalDateTime at) {
        this.state = newState;
        this.messages = authorityMessages.isEmpty() ? null : String.join("\n", authorityMessages);
        if (cleared != null) {
            this.clearedXml = cleared;
        }
        this.submittedAt = at;
    }

    void attempted(List<String> lastMessages) {
        this.attempts++;
        if (!lastMessages.isEmpty()) {
            this.messages = String.join("\n", lastMessages);
        }
    }

    public List<String> messageList() {
        return messages == null || messages.isEmpty() ? List.of() : List.of(messages.split("\n"));
    }

    public String id() { return id; }
    public String deviceId() { return deviceId; }
    public String kind() { return kind; }
    public boolean simplified() { return simplified; }
    public String number() { return number; }
    public String uuid() { return uuid; }
    public long counter() { return counter; }
    public String previousHash() { return previousHash; }
    public String invoiceHash() { return invoiceHash; }
    public String qr() { return qr; }
    public String xml() { return xml; }
    public String clearedXml() { return clearedXml; }
    public State state() { return state; }
    public int attempts() { return attempts; }
    public LocalDateTime issuedAt() { return issuedAt; }
    public LocalDateTime submittedAt() { return submittedAt; }
}
