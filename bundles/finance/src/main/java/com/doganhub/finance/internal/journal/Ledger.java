package com.doganhub.finance.internal.journal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.doganhub.finance.internal.accounts.AccountEntity;
import com.doganhub.finance.internal.accounts.Accounts;
import com.doganhub.finance.internal.books.Books;
import com.doganhub.finance.internal.books.Settings;
import com.doganhub.platform.api.TenantScope;
import com.doganhub.platform.api.audit.AuditEvent;
import com.doganhub.platform.api.audit.AuditLog;
import com.doganhub.platform.api.error.Conflict;
import com.doganhub.platform.api.error.FieldError;
import com.doganhub.platform.api.error.NotFound;
import com.doganhub.platform.api.error.ValidationFailed;

/**
 * The general ledger's only writer. Everything that reaches the books passes here, inside the caller's transaction:
 * accounts must exist, be active and take postings; a posted entry balances to the halala, lies after the locked
 * period, gets the next gapless number, and is never changed again — corrections are reversal entries.
 */
@Component(service = Ledger.class)
public class Ledger {

    private final Books books;
    private final Accounts accounts;
    private final TenantScope tenantScope;
    private final AuditLog audit;
    private final Clock clock;

    @Activate
    public Ledger(@Reference Books books, @Reference Accounts accounts, @Reference TenantScope tenantScope,
            @Reference AuditLog audit) {
        this(books, accounts, tenantScope, audit, Clock.systemUTC());
    }

    Ledger(Books books, Accounts accounts, TenantScope tenantScope, AuditLog audit, Clock clock) {
        this.books = books;
        this.accounts = accounts;
        this.tenantScope = tenantScope;
        this.audit = audit;
        this.clock = clock;
    }

    /** Saves a manual draft; its lines are checked against the chart but need not balance yet. */
    public JournalEntryEntity draft(EntityManager em, LocalDate date, String reference, String memo, List<LedgerLine> lines) {
        checkAccounts(em, lines);
        JournalEntryEntity entry = new JournalEntryEntity(UUID.randomUUID().toString(), date, reference, memo,
                EntrySource.MANUAL, null, null, now(), tenantScope.require().userId());
        em.persist(entry);
        writeLines(em, entry, lines);
        audit.record(AuditEvent.of("journal-entry", entry.id(), "draft").with("date", null, date));
        return entry;
    }

    /** Replaces a draft's header and lines. */
    public JournalEntryEntity redraft(EntityManager em, String id, LocalDate date, String reference, String memo,
            List<LedgerLine> lines) {
        JournalEntryEntity entry = draftOnly(em, id);
        checkAccounts(em, lines);
        deleteLines(em, id);
        entry.redraft(date, reference, memo);
        writeLines(em, entry, lines);
        audit.record(AuditEvent.of("journal-entry", id, "redraft"));
        return entry;
    }

    /** Deletes a draft; posted entries stay forever. */
    public void deleteDraft(EntityManager em, String id) {
        JournalEntryEntity entry = draftOnly(em, id);
        deleteLines(em, id);
        em.remove(entry);
        audit.record(AuditEvent.of("journal-entry", id, "delete"));
    }

    /** Posts a draft: balance, period and accounts are checked again, and it takes the next entry number. */
    public JournalEntryEntity post(EntityManager em, String id) {
        JournalEntryEntity entry = draftOnly(em, id);
        List<JournalLineEntity> lines = lines(em, id);
        List<LedgerLine> ledgerLines = lines.stream().map(JournalLineEntity::toLedgerLine).toList();
        checkAccounts(em, ledgerLines);
        checkPostable(em, entry.date(), ledgerLines);
        entry.post(books.nextNumber(em, Books.JOURNAL_SERIES), now(), tenantScope.require().userId());
        lines.forEach(JournalLineEntity::post);
        audit.record(AuditEvent.of("journal-entry", id, "post").with("number", null, entry.number()));
        return entry;
    }

    /**
     * Posts an entry for a document in one go (invoice, credit note, payment, bill). Zero lines are left out (an
     * invoice without VAT has no VAT line).
     */
    public JournalEntryEntity record(EntityManager em, LocalDate date, String reference, String memo, EntrySource source,
            String documentId, List<LedgerLine> lines) {
        List<LedgerLine> nonZero = lines.stream().filter(line -> line.debit().signum() != 0 || line.credit().signum() != 0)
                .toList();
        checkAccounts(em, nonZero);
        checkPostable(em, date, nonZero);
        JournalEntryEntity entry = new JournalEntryEntity(UUID.randomUUID().toString(), date, reference, memo, source,
                documentId, null, now(), tenantScope.require().userId());
        entry.post(books.nextNumber(em, Books.JOURNAL_SERIES), now(), tenantScope.require().userId());
        em.persist(entry);
        for (JournalLineEntity line : writeLines(em, entry, nonZero)) {
            line.post();
        }
        return entry;
    }

    /**
     * Reverses a posted manual entry with a new posted entry of swapped lines dated {@code date}. Entries a
     * document posted are corrected through the document (a credit note), never reversed by hand.
     */
    public JournalEntryEntity reverse(EntityManager em, String id, LocalDate date, String memo) {
        JournalEntryEntity original = locked(em, id);
        if (original.status() != EntryStatus.POSTED) {
            throw new Conflict("journal.reverse-draft");
        }
        if (original.reversedBy() != null) {
            throw new Conflict("journal.already-reversed", original.number());
        }
        if (original.source() != EntrySource.MANUAL) {
            throw new Conflict("journal.document-entry", original.number());
        }
        List<LedgerLine> swapped = lines(em, id).stream().map(line -> line.toLedgerLine().swapped()).toList();
        checkPostable(em, date, swapped);
        JournalEntryEntity reversal = new JournalEntryEntity(UUID.randomUUID().toString(), date,
                original.reference(), memo == null ? "Reversal of entry " + original.number() : memo, EntrySource.REVERSAL,
                null, original.id(), now(), tenantScope.require().userId());
        reversal.post(books.nextNumber(em, Books.JOURNAL_SERIES), now(), tenantScope.require().userId());
        em.persist(reversal);
        for (JournalLineEntity line : writeLines(em, reversal, swapped)) {
            line.post();
        }
        original.reversedBy(reversal.id());
        audit.record(AuditEvent.of("journal-entry", id, "reverse").with("reversal", null, reversal.number()));
        return reversal;
    }

    public JournalEntryEntity find(EntityManager em, String id) {
        JournalEntryEntity entry = em.find(JournalEntryEntity.class, id);
        if (entry == null) {
            throw new NotFound("journal-entry", id);
        }
        return entry;
    }

    private static JournalEntryEntity locked(EntityManager em, String id) {
        JournalEntryEntity entry = em.find(JournalEntryEntity.class, id, javax.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (entry == null) {
            throw new NotFound("journal-entry", id);
        }
        return entry;
    }

    public List<JournalLineEntity> lines(EntityManager em, String entryId) {
        return em.createQuery("select l from JournalLineEntity l where l.entryId = :entry order by l.lineNumber",
                JournalLineEntity.class).setParameter("entry", entryId).getResultList();
    }

    /** Whether any posted line uses {@code accountCode}. */
    public boolean hasPostings(EntityManager em, String accountCode) {
        return !em.createQuery("select l.id from JournalLineEntity l where l.accountCode = :code", String.class)
                .setParameter("code", accountCode).setMaxResults(1).getResultList().isEmpty();
    }

    /**
     * The draft, locked until the caller's transaction ends: a second post, an edit or a delete of the same entry
     * waits and then finds it posted (or gone), so a number is never taken twice for one entry.
     */
    private JournalEntryEntity draftOnly(EntityManager em, String id) {
        JournalEntryEntity entry = locked(em, id);
        if (entry.status() != EntryStatus.DRAFT) {
            throw new Conflict("journal.posted-immutable", entry.number());
        }
        return entry;
    }

    private void checkPostable(EntityManager em, LocalDate date, List<LedgerLine> lines) {
        if (lines.size() < 2) {
            throw new ValidationFailed("lines", "journal.too-few-lines");
        }
        if (date.getYear() < 1900 || date.getYear() > 2999) {
            throw new ValidationFailed("date", "journal.date-range");
        }
        for (int i = 0; i < lines.size(); i++) {
            LedgerLine line = lines.get(i);
            boolean wellFormed = line.debit().signum() >= 0 && line.credit().signum() >= 0
                    && (line.debit().signum() == 0) != (line.credit().signum() == 0)
                    && line.debit().stripTrailingZeros().scale() <= 2 && line.credit().stripTrailingZeros().scale() <= 2;
            if (!wellFormed) {
                throw new ValidationFailed("lines[" + i + "]", "journal.one-side");
            }
        }
        BigDecimal debit = BigDecimal.ZERO.setScale(2);
        BigDecimal credit = BigDecimal.ZERO.setScale(2);
        for (LedgerLine line : lines) {
            debit = debit.add(line.debit());
            credit = credit.add(line.credit());
        }
        if (debit.compareTo(credit) != 0) {
            throw new ValidationFailed("lines", "journal.unbalanced", debit.toPlainString(), credit.toPlainString(),
                    debit.subtract(credit).abs().toPlainString());
        }
        Settings settings = books.settings(em);
        if (settings.isLocked(date)) {
            throw new Conflict("journal.period-locked", date.toString(), settings.lockedThrough().toString());
        }
    }

    private void checkAccounts(EntityManager em, List<LedgerLine> lines) {
        Set<String> codes = new LinkedHashSet<>();
        lines.forEach(line -> codes.add(line.accountCode()));
        Map<String, AccountEntity> known = accounts.byCodes(em, codes);
        Set<String> groups = accounts.groups(em, codes);
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String code = lines.get(i).accountCode();
            AccountEntity account = known.get(code);
            String field = "lines[" + i + "].accountCode";
            if (account == null) {
                errors.add(FieldError.of(field, "journal.unknown-account", code));
            } else if (!account.active()) {
                errors.add(FieldError.of(field, "journal.inactive-account", code));
            } else if (groups.contains(code)) {
                errors.add(FieldError.of(field, "journal.group-account", code));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
    }

    private List<JournalLineEntity> writeLines(EntityManager em, JournalEntryEntity entry, List<LedgerLine> lines) {
        List<JournalLineEntity> written = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            JournalLineEntity line = new JournalLineEntity(UUID.randomUUID().toString(), entry.id(), i + 1, lines.get(i),
                    entry.date());
            em.persist(line);
            written.add(line);
        }
        return written;
    }

    private void deleteLines(EntityManager em, String entryId) {
        lines(em, entryId).forEach(em::remove);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(ZoneOffset.UTC)).withNano(0);
    }
}
