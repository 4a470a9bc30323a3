package com.doganhub.finance.internal.journal;

import java.math.BigDecimal;
import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import com.doganhub.platform.persistence.api.TenantOwnedEntity;

/**
 * One line of a journal entry: a debit or a credit to an account. It carries its entry's date and posted flag so
 * that every report is a single aggregate over this table.
 */
@Entity
@Table(name = "fin_journal_line")
public class JournalLineEntity extends TenantOwnedEntity {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "entry_id", nullable = false, length = 36)
    private String entryId;

    @Column(name = "line_number", nullable = false)
    private int lineNumber;

    @Column(name = "account_code", nullable = false, length = 20)
    private String accountCode;

    @Column(name = "debit", nullable = false, precision = 19, scale = 2)
    private BigDecimal debit;

    @Column(name = "credit", nullable = false, precision = 19, scale = 2)
    private BigDecimal credit;

    @Column(name = "cost_centre", length = 40)
    private String costCentre;

    @Column(name = "description", length = 300)
    private String description;

    /** The invoice (or bill) a receivable (or payable) line belongs to, for ageing. */
    @Column(name = "document_id", length = 36)
    private String documentId;

    @Column(name = "entry_date", nullable = false)
    private LocalDate entryDate;

    @Column(name = "posted", nullable = false)
    private boolean posted;

    protected JournalLineEntity() {
        // JPA
    }

    JournalLineEntity(String id, String entryId, int lineNumber, LedgerLine line, LocalDate entryDate) {
        this.id = id;
        this.entryId = entryId;
        this.lineNumber = lineNumber;
        this.accountCode = line.accountCode();
        this.debit = line.debit();
        this.credit = line.credit();
        this.costCentre = line.costCentre();
        this.description = line.description();
        this.documentId = line.documentId();
        this.entryDate = entryDate;
    }

    public String entryId() {
        return entryId;
    }

    public int lineNumber() {
        return lineNumber;
    }

    public String accountCode() {
        return accountCode;
    }

    public BigDecimal debit() {
        return debit;
    }

    public BigDecimal credit() {
        return credit;
    }

    public String costCentre() {
        return costCentre;
    }

    public String description() {
        return description;
    }

    public String documentId() {
        return documentId;
    }

    public LocalDate entryDate() {
        return entryDate;
    }

    LedgerLine toLedgerLine() {
        return new LedgerLine(accountCode, debit, credit, costCentre, description, documentId);
    }

    void post() {
        this.posted = true;
    }
}
