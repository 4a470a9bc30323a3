package com.doganhub.finance.internal.invoices;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import com.doganhub.finance.api.AccountType;
import com.doganhub.finance.api.InvoiceTotals;
import com.doganhub.finance.api.VatCategory;
import com.doganhub.finance.internal.Queries;
import com.doganhub.finance.internal.accounts.AccountEntity;
import com.doganhub.finance.internal.accounts.Accounts;
import com.doganhub.finance.internal.accounts.PostingRole;
import com.doganhub.finance.internal.books.Books;
import com.doganhub.finance.internal.books.Settings;
import com.doganhub.finance.internal.journal.EntrySource;
import com.doganhub.finance.internal.journal.JournalEntryEntity;
import com.doganhub.finance.internal.journal.Ledger;
import com.doganhub.finance.internal.journal.LedgerLine;
import com.doganhub.platform.api.audit.AuditEvent;
import com.doganhub.platform.api.audit.AuditLog;
import com.doganhub.platform.api.error.Conflict;
import com.doganhub.platform.api.error.FieldError;
import com.doganhub.platform.api.error.NotFound;
import com.doganhub.platform.api.TenantScope;
import com.doganhub.platform.api.error.ValidationFailed;
import com.doganhub.platform.api.licensing.Entitlements;
import com.doganhub.platform.api.licensing.Quotas;

/**
 * Invoices, credit notes and payments, each change in the caller's transaction together with its ledger entry, its
 * VAT rows and (on issue) the customer email: all of it commits or none of it does.
 */
@Component(service = Invoicing.class)
public class Invoicing {

    private final Books books;
    private final Ledger ledger;
    private final Accounts accounts;
    private final InvoiceMail mail;
    private final AuditLog audit;
    private final EInvoiceHandOver eInvoices;
    private final Clock clock;
    private final TenantScope tenantScope;

    /** Present while billing runs: a licensed tenant issues as many invoices a month as its plan allows. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile Entitlements entitlements;

    @Activate
    public Invoicing(@Reference Books books, @Reference Ledger ledger, @Reference Accounts accounts,
            @Reference InvoiceMail mail, @Reference AuditLog audit, @Reference EInvoiceHandOver eInvoices,
            @Reference TenantScope tenantScope) {
        this.tenantScope = tenantScope;
        this.books = books;
        this.ledger = ledger;
        this.accounts = accounts;
        this.mail = mail;
        this.audit = audit;
        this.eInvoices = eInvoices;
        this.clock = Clock.systemUTC();
    }

    public InvoiceEntity createDraft(EntityManager em, InvoiceDraft draft) {
        checkRevenueAccounts(em, draft.lines());
        InvoiceEntity invoice = new InvoiceEntity(UUID.randomUUID().toString(), DocumentKind.INVOICE, draft.series(),
                UUID.randomUUID().toString(), now());
        invoice.fill(draft, InvoiceTotals.of(draft.pricedLines()));
        em.persist(invoice);
        writeLines(em, invoice.id(), draft.lines());
        audit.record(AuditEvent.of("invoice", invoice.id(), "draft").with("total", null, invoice.taxInclusiveAmount()));
        return invoice;
    }

    public InvoiceEntity replaceDraft(EntityManager em, String id, InvoiceDraft draft) {
        InvoiceEntity invoice = locked(em, id);
        requireDraft(invoice);
        if (!invoice.series().equals(draft.series())) {
            throw new ValidationFailed("series", "invoice.series-fixed");
        }
        checkRevenueAccounts(em, draft.lines());
        lines(em, id).forEach(em::remove);
        em.flush();
        invoice.fill(draft, InvoiceTotals.of(draft.pricedLines()));
        writeLines(em, id, draft.lines());
        audit.record(AuditEvent.of("invoice", id, "redraft"));
        return invoice;
    }

    public InvoiceEntity voidDraft(EntityManager em, String id) {
        InvoiceEntity invoice = locked(em, id);
        requireDraft(invoice);
        invoice.voidDraft();
        audit.record(AuditEvent.of("invoice", id, "void"));
        return invoice;
    }

    /**
     * Issues a draft: the next number of its series, the ledger entry (receivable against revenue and VAT output),
     * the VAT rows and the customer's email, in one transaction.
     */
    public InvoiceEntity issue(EntityManager em, String id, LocalDate requestedDate) {
        InvoiceEntity invoice = locked(em, id);
        requireDraft(invoice);
        Entitlements licensing = entitlements;
        if (licensing != null && invoice.kind() == DocumentKind.INVOICE) {
            licensing.requireQuota(tenantScope.require().tenantId(), Quotas.INVOICES_PER_MONTH, 1);
        }
        Settings settings = books.settings(em);
        checkSeller(settings);
        LocalDate issueDate = requestedDate != null ? requestedDate
                : invoice.issueDate() != null ? invoice.issueDate() : Queries.today();
        if (invoice.supplyDate() != null && invoice.supplyDate().isAfter(issueDate.plusYears(1))) {
            throw new ValidationFailed("supplyDate", "invoice.supply-date-far");
        }
        LocalDate dueDate = invoice.dueDate() != null ? invoice.dueDate() : issueDate.plusDays(settings.paymentTermsDays());
        if (dueDate.isBefore(issueDate)) {
            throw new ValidationFailed("dueDate", "invoice.due-before-issue");
        }
        List<InvoiceLineEntity> lines = lines(em, id);
        String receivable = accounts.codeFor(em, PostingRole.RECEIVABLE);
        Map<String, BigDecimal> revenue = revenueByAccount(em, lines);
        String vatOutput = accounts.codeFor(em, PostingRole.VAT_OUTPUT);
        // From here to commit the series row stays locked: concurrent issues of the series queue behind it, so
        // everything that does not need the number is done above.
        long sequence = books.nextNumber(em, "invoice:" + invoice.series());
        String number = invoice.series() + "-" + String.format("%06d", sequence);
        List<LedgerLine> posting = new ArrayList<>();
        posting.add(LedgerLine.debit(receivable, invoice.taxInclusiveAmount(), "Invoice " + number, invoice.id()));
        revenue.forEach((account, net) -> posting.add(LedgerLine.credit(account, net, null, null)));
        posting.add(LedgerLine.credit(vatOutput, invoice.taxAmount(), null, null));
        JournalEntryEntity entry = ledger.record(em, issueDate, number, "Invoice " + number, EntrySource.INVOICE,
                invoice.id(), posting);
        invoice.issue(sequence, number, issueDate, dueDate, entry.id(), now());
        invoice.sellerAsIssued(settings);
        writeTaxLines(em, invoice.id(), issueDate, lines, BigDecimal.ONE);
        // last lock of the issue (the device's hash chain), after the series: every issuing path takes them in this order
        eInvoices.issued(invoice, lines, null);
        audit.record(AuditEvent.of("invoice", id, "issue").with("number", null, number)
                .with("total", null, invoice.taxInclusiveAmount()));
        // a standard invoice on its way to clearance goes to the buyer once cleared (ClearedInvoiceMail), not before
        if (invoice.customerEmail() != null && settings.emailInvoices() && !eInvoices.awaitsClearance(invoice)) {
            mail.queue(em, invoice, lines, settings);
        }
        return invoice;
    }

    /** Records a payment: cash or bank against the receivable; never more than is outstanding. */
    public PaymentEntity pay(EntityManager em, String id, LocalDate date, BigDecimal amount, PaymentEntity.Method method,
            String reference) {
        InvoiceEntity invoice = locked(em, id);
        if (invoice.kind() != DocumentKind.INVOICE
                || !(invoice.status() == InvoiceStatus.ISSUED || invoice.status() == InvoiceStatus.PARTIALLY_PAID)) {
            throw new Conflict("invoice.not-payable", String.valueOf(invoice.status()));
        }
        if (amount.compareTo(invoice.outstanding()) > 0) {
            throw new ValidationFailed("amount", "invoice.payment-exceeds", invoice.outstanding().toPlainString());
        }
        if (date.isBefore(invoice.issueDate())) {
            throw new ValidationFailed("date", "invoice.payment-before-issue", invoice.issueDate().toString());
        }
        String cash = accounts.codeFor(em, method == PaymentEntity.Method.CASH ? PostingRole.CASH : PostingRole.BANK);
        String receivable = accounts.codeFor(em, PostingRole.RECEIVABLE);
        JournalEntryEntity entry = ledger.record(em, date, reference == null ? invoice.number() : reference,
                "Payment of " + invoice.number(), EntrySource.PAYMENT, invoice.id(),
                List.of(LedgerLine.debit(cash, amount, null, null),
                        LedgerLine.credit(receivable, amount, "Payment of " + invoice.number(), invoice.id())));
        PaymentEntity payment = new PaymentEntity(UUID.randomUUID().toString(), invoice.id(), date, amount, method,
                reference, entry.id(), now());
        em.persist(payment);
        invoice.settle(invoice.paidAmount().add(amount), invoice.creditedAmount());
        audit.record(AuditEvent.of("invoice", id, "payment").with("amount", null, amount));
        return payment;
    }

    /**
     * Issues a credit note against an issued invoice. Without lines it credits everything not yet credited. Per VAT
     * category it never credits more than the invoice charged; it reverses revenue and VAT output and reduces the
     * invoice's receivable.
     */
    public InvoiceEntity credit(EntityManager em, String id, String reason, LocalDate requestedDate,
            List<InvoiceDraft.Line> requestedLines) {
        InvoiceEntity original = locked(em, id);
        if (original.kind() != DocumentKind.INVOICE || original.status() == InvoiceStatus.DRAFT
                || original.status() == InvoiceStatus.VOID) {
            throw new Conflict("invoice.not-creditable", String.valueOf(original.status()));
        }
        List<InvoiceLineEntity> originalLines = lines(em, id);
        List<InvoiceEntity> earlier = creditNotes(em, id);
        // per category: [taxable, VAT] credited so far, each note computed on its own as ZATCA does
        Map<VatCategory, BigDecimal[]> credited = new EnumMap<>(VatCategory.class);
        for (InvoiceEntity note : earlier) {
            for (InvoiceTotals.TaxSubtotal subtotal : InvoiceTotals.of(lines(em, note.id()).stream()
                    .map(InvoiceLineEntity::priced).toList()).subtotals()) {
                credited.merge(subtotal.category(), new BigDecimal[] {subtotal.taxableAmount(), subtotal.taxAmount()},
                        (a, b) -> new BigDecimal[] {a[0].add(b[0]), a[1].add(b[1])});
            }
        }
        List<InvoiceDraft.Line> creditLines = requestedLines != null ? requestedLines
                : originalLines.stream().map(InvoiceLineEntity::toDraftLine).toList();
        if (requestedLines == null && !earlier.isEmpty()) {
            throw new ValidationFailed("lines", "invoice.credit-lines-required");
        }
        checkRevenueAccounts(em, creditLines);
        Map<VatCategory, InvoiceTotals.TaxSubtotal> charged = new EnumMap<>(VatCategory.class);
        InvoiceTotals.of(originalLines.stream().map(InvoiceLineEntity::priced).toList()).subtotals()
                .forEach(subtotal -> charged.put(subtotal.category(), subtotal));
        InvoiceTotals asked = InvoiceTotals.of(creditLines.stream().map(InvoiceDraft.Line::priced).toList());
        List<FieldError> errors = new ArrayList<>();
        BigDecimal zero = BigDecimal.ZERO.setScale(2);
        for (InvoiceTotals.TaxSubtotal subtotal : asked.subtotals()) {
            InvoiceTotals.TaxSubtotal invoiced = charged.get(subtotal.category());
            BigDecimal[] before = credited.getOrDefault(subtotal.category(), new BigDecimal[] {zero, zero});
            BigDecimal taxableLeft = (invoiced == null ? zero : invoiced.taxableAmount()).subtract(before[0]);
            BigDecimal vatLeft = (invoiced == null ? zero : invoiced.taxAmount()).subtract(before[1]);
            // VAT is checked too: credits rounded one by one could otherwise return more VAT than was charged
            if (subtotal.taxableAmount().compareTo(taxableLeft) > 0 || subtotal.taxAmount().compareTo(vatLeft) > 0) {
                errors.add(FieldError.of("lines", "invoice.credit-exceeds", subtotal.category().name(),
                        taxableLeft.toPlainString(), vatLeft.toPlainString()));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        LocalDate date = requestedDate == null ? Queries.today() : requestedDate;
        if (date.isBefore(original.issueDate())) {
            throw new ValidationFailed("issueDate", "invoice.credit-before-invoice", original.issueDate().toString());
        }
        InvoiceEntity note = new InvoiceEntity(UUID.randomUUID().toString(), DocumentKind.CREDIT_NOTE,
                Books.CREDIT_NOTE_SERIES, UUID.randomUUID().toString(), now());
        InvoiceDraft draft = new InvoiceDraft(original.type(), Books.CREDIT_NOTE_SERIES, new InvoiceDraft.Customer(
                original.customerNameAr(), original.customerNameEn(), original.customerVatNumber(),
                original.customerEmail(), original.buildingNumber(), original.street(), original.district(),
                original.city(), original.postalCode()), original.currency(), date, original.supplyDate(), date, reason,
                creditLines);
        note.fill(draft, InvoiceTotals.of(draft.pricedLines()));
        note.credits(original.id());
        em.persist(note);
        List<InvoiceLineEntity> noteLines = writeLines(em, note.id(), creditLines);
        long sequence = books.nextNumber(em, "invoice:" + Books.CREDIT_NOTE_SERIES);
        String number = Books.CREDIT_NOTE_SERIES + "-" + String.format("%06d", sequence);
        List<LedgerLine> posting = new ArrayList<>();
        revenueByAccount(em, noteLines).forEach((account, net) -> posting.add(LedgerLine.debit(account, net, null, null)));
        posting.add(LedgerLine.debit(accounts.codeFor(em, PostingRole.VAT_OUTPUT), note.taxAmount(), null, null));
        posting.add(LedgerLine.credit(accounts.codeFor(em, PostingRole.RECEIVABLE), note.taxInclusiveAmount(),
                "Credit note " + number + " on " + original.number(), original.id()));
        JournalEntryEntity entry = ledger.record(em, date, number, "Credit note " + number + " on " + original.number(),
                EntrySource.CREDIT_NOTE, note.id(), posting);
        note.issue(sequence, number, date, date, entry.id(), now());
        note.sellerAsIssued(books.settings(em));
        writeTaxLines(em, note.id(), date, noteLines, BigDecimal.ONE.negate());
        eInvoices.issued(note, noteLines, original.number());
        original.settle(original.paidAmount(), original.creditedAmount().add(note.taxInclusiveAmount()));
        audit.record(AuditEvent.of("invoice", id, "credit").with("creditNote", null, number)
                .with("amount", null, note.taxInclusiveAmount()));
        return note;
    }

    public InvoiceEntity find(EntityManager em, String id) {
        InvoiceEntity invoice = em.find(InvoiceEntity.class, id);
        if (invoice == null) {
            throw new NotFound("invoice", id);
        }
        return invoice;
    }

    public List<InvoiceLineEntity> lines(EntityManager em, String invoiceId) {
        return em.createQuery("select l from InvoiceLineEntity l where l.invoiceId = :invoice order by l.lineNumber",
                InvoiceLineEntity.class).setParameter("invoice", invoiceId).getResultList();
    }

    public List<PaymentEntity> payments(EntityManager em, String invoiceId) {
        return em.createQuery("select p from PaymentEntity p where p.invoiceId = :invoice order by p.date, p.createdAt",
                PaymentEntity.class).setParameter("invoice", invoiceId).getResultList();
    }

    public List<InvoiceEntity> creditNotes(EntityManager em, String invoiceId) {
        return em.createQuery("select i from InvoiceEntity i where i.originalInvoiceId = :invoice order by i.sequenceNumber",
                InvoiceEntity.class).setParameter("invoice", invoiceId).getResultList();
    }

    public InvoiceView view(EntityManager em, InvoiceEntity invoice) {
        return InvoiceView.of(invoice, lines(em, invoice.id()), payments(em, invoice.id()),
                invoice.kind() == DocumentKind.INVOICE ? creditNotes(em, invoice.id()) : List.of());
    }

    private InvoiceEntity locked(EntityManager em, String id) {
        InvoiceEntity invoice = em.find(InvoiceEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (invoice == null) {
            throw new NotFound("invoice", id);
        }
        return invoice;
    }

    private static void requireDraft(InvoiceEntity invoice) {
        if (invoice.status() != InvoiceStatus.DRAFT) {
            throw new Conflict("invoice.not-draft", String.valueOf(invoice.status()));
        }
    }

    private static void checkSeller(Settings settings) {
        List<FieldError> errors = new ArrayList<>();
        if (settings.sellerNameAr() == null && settings.sellerNameEn() == null) {
            errors.add(FieldError.of("settings.sellerNameAr", "invoice.seller-incomplete"));
        }
        if (settings.vatNumber() == null) {
            errors.add(FieldError.of("settings.vatNumber", "invoice.seller-incomplete"));
        }
        if (settings.buildingNumber() == null) {
            errors.add(FieldError.of("settings.buildingNumber", "invoice.seller-incomplete"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
    }

    private void checkRevenueAccounts(EntityManager em, List<InvoiceDraft.Line> lines) {
        List<String> codes = lines.stream().map(InvoiceDraft.Line::accountCode).filter(code -> code != null).toList();
        Map<String, AccountEntity> known = accounts.byCodes(em, codes);
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String code = lines.get(i).accountCode();
            if (code == null) {
                continue;
            }
            AccountEntity account = known.get(code);
            if (account == null) {
                errors.add(FieldError.of("lines[" + i + "].accountCode", "journal.unknown-account", code));
            } else if (account.type() != AccountType.REVENUE) {
                errors.add(FieldError.of("lines[" + i + "].accountCode", "invoice.not-revenue-account", code));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
    }

    private Map<String, BigDecimal> revenueByAccount(EntityManager em, List<InvoiceLineEntity> lines) {
        String revenue = accounts.codeFor(em, PostingRole.REVENUE);
        Map<String, BigDecimal> byAccount = new LinkedHashMap<>();
        lines.forEach(line -> byAccount.merge(line.accountCode() == null ? revenue : line.accountCode(), line.netAmount(),
                BigDecimal::add));
        return byAccount;
    }

    private List<InvoiceLineEntity> writeLines(EntityManager em, String invoiceId, List<InvoiceDraft.Line> lines) {
        List<InvoiceLineEntity> written = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            InvoiceLineEntity line = new InvoiceLineEntity(UUID.randomUUID().toString(), invoiceId, i + 1, lines.get(i));
            em.persist(line);
            written.add(line);
        }
        return written;
    }

    private void writeTaxLines(EntityManager em, String documentId, LocalDate date, List<InvoiceLineEntity> lines,
            BigDecimal sign) {
        InvoiceTotals totals = InvoiceTotals.of(lines.stream().map(InvoiceLineEntity::priced).toList());
        for (InvoiceTotals.TaxSubtotal subtotal : totals.subtotals()) {
            em.persist(new TaxLineEntity(UUID.randomUUID().toString(), documentId, TaxLineEntity.Direction.OUTPUT, date,
                    subtotal.category(), subtotal.ratePercent(), subtotal.taxableAmount().multiply(sign),
                    subtotal.taxAmount().multiply(sign)));
        }
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(ZoneOffset.UTC)).withNano(0);
    }
}
