package com.doganhub.finance.internal.bills;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import com.doganhub.finance.api.AccountType;
import com.doganhub.finance.api.InvoiceLine;
import com.doganhub.finance.api.InvoiceTotals;
import com.doganhub.finance.api.VatCategory;
import com.doganhub.finance.internal.FinancePermissions;
import com.doganhub.finance.internal.Inputs;
import com.doganhub.finance.internal.Queries;
import com.doganhub.finance.internal.accounts.AccountEntity;
import com.doganhub.finance.internal.accounts.Accounts;
import com.doganhub.finance.internal.accounts.PostingRole;
import com.doganhub.finance.internal.books.Books;
import com.doganhub.finance.internal.invoices.TaxLineEntity;
import com.doganhub.finance.internal.journal.EntrySource;
import com.doganhub.finance.internal.journal.JournalEntryEntity;
import com.doganhub.finance.internal.journal.Ledger;
import com.doganhub.finance.internal.journal.LedgerLine;
import com.doganhub.platform.api.JaxrsApplications;
import com.doganhub.platform.api.Page;
import com.doganhub.platform.api.audit.AuditEvent;
import com.doganhub.platform.api.audit.AuditLog;
import com.doganhub.platform.api.error.Conflict;
import com.doganhub.platform.api.error.FieldError;
import com.doganhub.platform.api.error.NotFound;
import com.doganhub.platform.api.error.ValidationFailed;
import com.doganhub.platform.api.saudi.VatNumber;
import com.doganhub.platform.api.security.RequiresPermission;

/**
 * {@code /api/v1/finance/bills}: vendor bills, recorded as drafts and posted (expense or asset accounts per line,
 * VAT input, payables) so the VAT return has its input side.
 */
@Component(service = BillResource.class)
@JaxrsResource
@JaxrsApplicationSelect(JaxrsApplications.SELECT)
@Path(JaxrsApplications.API_PATH + "/finance/bills")
@Produces(MediaType.APPLICATION_JSON)
public class BillResource {

    private final Books books;
    private final Ledger ledger;
    private final Accounts accounts;
    private final AuditLog audit;

    @Activate
    public BillResource(@Reference Books books, @Reference Ledger ledger, @Reference Accounts accounts,
            @Reference AuditLog audit) {
        this.books = books;
        this.ledger = ledger;
        this.accounts = accounts;
        this.audit = audit;
    }

    /** The body of {@code POST /bills}. */
    public record BillRequest(String supplierName, String supplierVatNumber, String supplierReference, LocalDate billDate,
            LocalDate dueDate, List<Line> lines) {

        public record Line(String description, String accountCode, BigDecimal quantity, BigDecimal unitPrice,
                BigDecimal discount, VatCategory vatCategory, String exemptionReasonCode) {
        }
    }

    public record BillView(String id, Long number, String status, String supplierName, String supplierVatNumber,
            String supplierReference, LocalDate billDate, LocalDate dueDate, String currency,
            BigDecimal lineExtensionAmount, BigDecimal taxAmount, BigDecimal taxInclusiveAmount, String journalEntryId,
            List<Line> lines) {

        public record Line(int lineNumber, String description, String accountCode, BigDecimal quantity,
                BigDecimal unitPrice, BigDecimal discount, VatCategory vatCategory, String exemptionReasonCode,
                BigDecimal netAmount, BigDecimal vatAmount) {
        }
    }

    private record ParsedLine(String description, String accountCode, InvoiceLine priced, String exemptionCode) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(FinancePermissions.BILLS_WRITE)
    public Response create(BillRequest request) {
        if (request == null) {
            throw new ValidationFailed("$", "required");
        }
        List<FieldError> errors = new ArrayList<>();
        String supplier = Inputs.text(errors, "supplierName", request.supplierName(), 200, true);
        String vat = Inputs.text(errors, "supplierVatNumber", request.supplierVatNumber(), 15, false);
        if (vat != null && !VatNumber.isValid(vat)) {
            errors.add(FieldError.of("supplierVatNumber", "vat-number.format"));
        }
        String reference = Inputs.text(errors, "supplierReference", request.supplierReference(), 100, false);
        if (request.billDate() == null) {
            errors.add(FieldError.of("billDate", "required"));
        }
        List<ParsedLine> lines = new ArrayList<>();
        if (request.lines() == null || request.lines().isEmpty()) {
            errors.add(FieldError.of("lines", "required"));
        } else {
            for (int i = 0; i < request.lines().size(); i++) {
                BillRequest.Line line = request.lines().get(i);
                String at = "lines[" + i + "]";
                if (line == null) {
                    errors.add(FieldError.of(at, "required"));
                    continue;
                }
                int before = errors.size();
                String description = Inputs.text(errors, at + ".description", line.description(), 1000, true);
                String account = Inputs.text(errors, at + ".accountCode", line.accountCode(), 20, true);
                BigDecimal quantity = Inputs.decimal(errors, at + ".quantity", line.quantity());
                BigDecimal price = Inputs.decimal(errors, at + ".unitPrice", line.unitPrice());
                BigDecimal discount = Inputs.amount(errors, at + ".discount", line.discount(), false);
                if (line.vatCategory() == null) {
                    errors.add(FieldError.of(at + ".vatCategory", "required"));
                }
                String exemption = Inputs.text(errors, at + ".exemptionReasonCode", line.exemptionReasonCode(), 20, false);
                Inputs.pricedLine(errors, at, quantity, price, discount);
                if (errors.size() == before) {
                    lines.add(new ParsedLine(description, account,
                            new InvoiceLine(quantity, price, discount, line.vatCategory()), exemption));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        InvoiceTotals totals = InvoiceTotals.of(lines.stream().map(ParsedLine::priced).toList());
        BillView view = books.inTransaction(em -> {
            checkAccounts(em, lines);
            BillEntity bill = new BillEntity(UUID.randomUUID().toString(), supplier, vat, reference, request.billDate(),
                    request.dueDate(), totals.lineExtensionAmount(), totals.taxAmount(), totals.taxInclusiveAmount(),
                    LocalDateTime.now(ZoneOffset.UTC).withNano(0));
            em.persist(bill);
            for (int i = 0; i < lines.size(); i++) {
                ParsedLine line = lines.get(i);
                em.persist(new BillLineEntity(UUID.randomUUID().toString(), bill.id(), i + 1, line.description(),
                        line.accountCode(), line.priced(), line.exemptionCode()));
            }
            audit.record(AuditEvent.of("bill", bill.id(), "draft").with("total", null, bill.taxInclusiveAmount()));
            return view(em, bill);
        });
        return Response.created(URI.create(JaxrsApplications.API_PATH + "/finance/bills/" + view.id())).entity(view).build();
    }

    @GET
    @RequiresPermission(FinancePermissions.BILLS_READ)
    public Page<BillView> list(@QueryParam("limit") String limitParameter, @QueryParam("cursor") String cursor) {
        int limit = Page.limit(limitParameter);
        return books.inTransaction(em -> {
            List<BillEntity> rows = (cursor == null || cursor.isBlank()
                    ? em.createQuery("select b from BillEntity b order by b.id", BillEntity.class)
                    : em.createQuery("select b from BillEntity b where b.id > :cursor order by b.id", BillEntity.class)
                            .setParameter("cursor", cursor)).setMaxResults(limit + 1).getResultList();
            return Page.of(rows, limit, bill -> view(em, bill), BillEntity::id);
        });
    }

    @GET
    @Path("{id}")
    @RequiresPermission(FinancePermissions.BILLS_READ)
    public BillView get(@PathParam("id") String id) {
        return books.inTransaction(em -> view(em, find(em, id, false)));
    }

    @POST
    @Path("{id}/post")
    @RequiresPermission(FinancePermissions.BILLS_WRITE)
    public BillView post(@PathParam("id") String id) {
        return books.inTransaction(em -> {
            BillEntity bill = find(em, id, true);
            if (!"DRAFT".equals(bill.status())) {
                throw new Conflict("bill.posted");
            }
            List<BillLineEntity> lines = lines(em, id);
            Map<String, BigDecimal> byAccount = new LinkedHashMap<>();
            lines.forEach(line -> byAccount.merge(line.accountCode(), line.netAmount(), BigDecimal::add));
            List<LedgerLine> posting = new ArrayList<>();
            byAccount.forEach((account, net) -> posting.add(LedgerLine.debit(account, net, null, null)));
            posting.add(LedgerLine.debit(accounts.codeFor(em, PostingRole.VAT_INPUT), bill.taxAmount(), null, null));
            posting.add(LedgerLine.credit(accounts.codeFor(em, PostingRole.PAYABLE), bill.taxInclusiveAmount(),
                    bill.supplierName(), bill.id()));
            long number = books.nextNumber(em, Books.BILL_SERIES);
            JournalEntryEntity entry = ledger.record(em, bill.billDate(),
                    bill.supplierReference() == null ? "BILL-" + number : bill.supplierReference(),
                    "Bill " + number + " from " + bill.supplierName(), EntrySource.BILL, bill.id(), posting);
            bill.post(number, entry.id());
            InvoiceTotals totals = InvoiceTotals.of(lines.stream().map(BillLineEntity::priced).toList());
            for (InvoiceTotals.TaxSubtotal subtotal : totals.subtotals()) {
                em.persist(new TaxLineEntity(UUID.randomUUID().toString(), bill.id(), TaxLineEntity.Direction.INPUT,
                        bill.billDate(), subtotal.category(), subtotal.ratePercent(), subtotal.taxableAmount(),
                        subtotal.taxAmount()));
            }
            audit.record(AuditEvent.of("bill", id, "post").with("number", null, number));
            return view(em, bill);
        });
    }

    private void checkAccounts(EntityManager em, List<ParsedLine> lines) {
        Map<String, AccountEntity> known = accounts.byCodes(em, lines.stream().map(ParsedLine::accountCode).toList());
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            AccountEntity account = known.get(lines.get(i).accountCode());
            String field = "lines[" + i + "].accountCode";
            if (account == null) {
                errors.add(FieldError.of(field, "journal.unknown-account", lines.get(i).accountCode()));
            } else if (account.type() != AccountType.EXPENSE && account.type() != AccountType.ASSET) {
                errors.add(FieldError.of(field, "bill.not-expense-account", account.code()));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
    }

    private BillEntity find(EntityManager em, String id, boolean lock) {
        BillEntity bill = lock ? em.find(BillEntity.class, id, LockModeType.PESSIMISTIC_WRITE) : em.find(BillEntity.class, id);
        if (bill == null) {
            throw new NotFound("bill", id);
        }
        return bill;
    }

    private List<BillLineEntity> lines(EntityManager em, String billId) {
        return em.createQuery("select l from BillLineEntity l where l.billId = :bill order by l.lineNumber",
                BillLineEntity.class).setParameter("bill", billId).getResultList();
    }

    private BillView view(EntityManager em, BillEntity bill) {
        return new BillView(bill.id(), bill.number(), bill.status(), bill.supplierName(), bill.supplierVatNumber(),
                bill.supplierReference(), bill.billDate(), bill.dueDate(), bill.currency(), bill.lineExtensionAmount(),
                bill.taxAmount(), bill.taxInclusiveAmount(), bill.journalEntryId(),
                lines(em, bill.id()).stream().map(line -> new BillView.Line(line.lineNumber(), line.description(),
                        line.accountCode(), line.quantity(), line.unitPrice(), line.discount(), line.category(),
                        line.exemptionCode(), line.netAmount(), line.vatAmount())).toList());
    }
}
