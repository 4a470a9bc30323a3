package com.doganhub.finance.internal.journal;

import java.time.LocalDate;
import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;

import com.doganhub.platform.persistence.api.TenantOwnedEntity;

/** A journal entry's header. Its number is given when it is posted, so posted numbers have no gaps. */
@Entity
@Table(name = "fin_journal_entry")
public class JournalEntryEntity extends TenantOwnedEntity {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "entry_number")
    private Long number;

    @Column(name = "entry_date", nullable = false)
    private LocalDate date;

    @Column(name = "reference", length = 100)
    private String reference;

    @Column(name = "memo", length = 500)
    private String memo;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private EntryStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "source", nullable = false, length = 20)
    private EntrySource source;

    @Column(name = "document_id", length = 36)
    private String documentId;

    @Column(name = "reversal_of", length = 36)
    private String reversalOf;

    @Column(name = "reversed_by", length = 36)
    private String reversedBy;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "posted_at")
    private LocalDateTime postedAt;

    @Column(name = "posted_by", length = 64)
    private String postedBy;

    protected JournalEntryEntity() {
        // JPA
    }

    JournalEntryEntity(String id, LocalDate date, String reference, String memo, EntrySource source, String documentId,
            String reversalOf, LocalDateTime createdAt, String createdBy) {
        this.id = id;
        this.date = date;
        this.reference = reference;
        this.memo = memo;
        this.status = EntryStatus.DRAFT;
        this.source = source;
        this.documentId = documentId;
        this.reversalOf = reversalOf;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public String id() {
        return id;
    }

    public Long number() {
        return number;
    }

    public LocalDate date() {
        return date;
    }

    public String reference() {
        return reference;
    }

    public String memo() {
        return memo;
    }

    public EntryStatus status() {
        return status;
    }

    public EntrySource source() {
        return source;
    }

    public String documentId() {
        return documentId;
    }

    public String reversalOf() {
        return reversalOf;
    }

    public String reversedBy() {
        return reversedBy;
    }

    public LocalDateTime createdAt() {
        return createdAt;
    }

    public LocalDateTime postedAt() {
        return postedAt;
    }

    public String postedBy() {
        return postedBy;
    }

    void redraft(LocalDate date, String reference, String memo) {
        this.date = date;
        this.reference = reference;
        this.memo = memo;
    }

    void post(long number, LocalDateTime at, String by) {
        this.number = number;
        this.status = EntryStatus.POSTED;
        this.postedAt = at;
        this.postedBy = by;
    }

    void reversedBy(String reversalId) {
        this.reversedBy = reversalId;
    }
}
