package com.doganhub.finance.internal.journal;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
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

import com.doganhub.finance.internal.FinancePermissions;
import com.doganhub.finance.internal.Inputs;
import com.doganhub.finance.internal.Queries;
import com.doganhub.finance.internal.books.Books;
import com.doganhub.platform.api.JaxrsApplications;
import com.doganhub.platform.api.Page;
import com.doganhub.platform.api.error.FieldError;
import com.doganhub.platform.api.error.ValidationFailed;
import com.doganhub.platform.api.security.RequiresPermission;

/**
 * {@code /api/v1/finance/journal-entries}: drafts are created, replaced and deleted freely; {@code POST .../post}
 * freezes one with the next number; {@code POST .../reverse} corrects a posted one. Every write on a posted entry
 * answers 409.
 */
@Component(service = JournalResource.class)
@JaxrsResource
@JaxrsApplicationSelect(JaxrsApplications.SELECT)
@Path(JaxrsApplications.API_PATH + "/finance/journal-entries")
@Produces(MediaType.APPLICATION_JSON)
public class JournalResource {

    static final int MAX_LINES = 500;

    private final Books books;
    private final Ledger ledger;

    @Activate
    public JournalResource(@Reference Books books, @Reference Ledger ledger) {
        this.books = books;
        this.ledger = ledger;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(FinancePermissions.JOURNAL_WRITE)
    public Response create(JournalEntryRequest request) {
        Parsed parsed = parse(request);
        JournalEntryView view = books.inTransaction(em -> {
            JournalEntryEntity entry = ledger.draft(em, parsed.date, parsed.reference, parsed.memo, parsed.lines);
            return JournalEntryView.of(entry, ledger.lines(em, entry.id()));
        });
        return Response.created(URI.create(JaxrsApplications.API_PATH + "/finance/journal-entries/" + view.id()))
                .entity(view).build();
    }

    @GET
    @RequiresPermission(FinancePermissions.JOURNAL_READ)
    public Page<JournalEntryView> list(@QueryParam("status") String status, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("limit") String limitParameter, @QueryParam("cursor") String cursor) {
        int limit = Page.limit(limitParameter);
        EntryStatus wanted = Queries.enumValue("status", status, EntryStatus.class);
        LocalDate fromDate = Queries.date("from", from);
        LocalDate toDate = Queries.date("to", to);
        return books.inTransaction(em -> {
            StringBuilder jpql = new StringBuilder("select e from JournalEntryEntity e where 1 = 1");
            if (wanted != null) {
                jpql.append(" and e.status = :status");
            }
            if (fromDate != null) {
                jpql.append(" and e.date >= :from");
            }
            if (toDate != null) {
                jpql.append(" and e.date <= :to");
            }
            if (cursor != null && !cursor.isBlank()) {
                jpql.append(" and e.id > :cursor");
            }
            jpql.append(" order by e.id");
            TypedQuery<JournalEntryEntity> query = em.createQuery(jpql.toString(), JournalEntryEntity.class);
            if (wanted != null) {
                query.setParameter("status", wanted);
            }
            if (fromDate != null) {
                query.setParameter("from", fromDate);
            }
            if (toDate != null) {
                query.setParameter("to", toDate);
            }
            if (cursor != null && !cursor.isBlank()) {
                query.setParameter("cursor", cursor);
            }
            List<JournalEntryEntity> rows = query.setMaxResults(limit + 1).getResultList();
            return Page.of(rows, limit, entry -> JournalEntryView.of(entry, ledger.lines(em, entry.id())),
                    JournalEntryEntity::id);
        });
    }

    @GET
    @Path("{id}")
    @RequiresPermission(FinancePermissions.JOURNAL_READ)
    public JournalEntryView get(@PathParam("id") String id) {
        return books.inTransaction(em -> view(em, ledger.find(em, id)));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(FinancePermissions.JOURNAL_WRITE)
    public JournalEntryView replace(@PathParam("id") String id, JournalEntryRequest request) {
        Parsed parsed = parse(request);
        return books.inTransaction(em -> view(em,
                ledger.redraft(em, id, parsed.date, parsed.reference, parsed.memo, parsed.lines)));
    }

    @DELETE
    @Path("{id}")
    @RequiresPermission(FinancePermissions.JOURNAL_WRITE)
    public Response delete(@PathParam("id") String id) {
        books.inTransaction(em -> {
            ledger.deleteDraft(em, id);
            return null;
        });
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/post")
    @RequiresPermission(FinancePermissions.JOURNAL_POST)
    public JournalEntryView post(@PathParam("id") String id) {
        return books.inTransaction(em -> view(em, ledger.post(em, id)));
    }

    @POST
    @Path("{id}/reverse")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(FinancePermissions.JOURNAL_POST)
    public Response reverse(@PathParam("id") String id, ReverseRequest request) {
        List<FieldError> errors = new ArrayList<>();
        String memo = Inputs.text(errors, "memo", request == null ? null : request.memo(), 500, false);
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        LocalDate date = request == null || request.date() == null ? Queries.today() : request.date();
        JournalEntryView reversal = books.inTransaction(em -> view(em, ledger.reverse(em, id, date, memo)));
        return Response.created(URI.create(JaxrsApplications.API_PATH + "/finance/journal-entries/" + reversal.id()))
                .entity(reversal).build();
    }

    /** The body of {@code POST .../reverse}: the reversal's date (today when absent) and memo. */
    public record ReverseRequest(LocalDate date, String memo) {
    }

    private JournalEntryView view(EntityManager em, JournalEntryEntity entry) {
        return JournalEntryView.of(entry, ledger.lines(em, entry.id()));
    }

    private Parsed parse(JournalEntryRequest request) {
        if (request == null) {
            throw new ValidationFailed("$", "required");
        }
        List<FieldError> errors = new ArrayList<>();
        String reference = Inputs.text(errors, "reference", request.reference(), 100, false);
        String memo = Inputs.text(errors, "memo", request.memo(), 500, false);
        List<LedgerLine> lines = new ArrayList<>();
        if (request.lines() == null || request.lines().isEmpty()) {
            errors.add(FieldError.of("lines", "required"));
        } else if (request.lines().size() > MAX_LINES) {
            errors.add(FieldError.of("lines", "too-many", MAX_LINES));
        } else {
            for (int i = 0; i < request.lines().size(); i++) {
                JournalEntryRequest.Line line = request.lines().get(i);
                String at = "lines[" + i + "]";
                if (line == null) {
                    errors.add(FieldError.of(at, "required"));
                    continue;
                }
                String code = Inputs.text(errors, at + ".accountCode", line.accountCode(), 20, true);
                BigDecimal debit = Inputs.amount(errors, at + ".debit", line.debit(), false);
                BigDecimal credit = Inputs.amount(errors, at + ".credit", line.credit(), false);
                debit = debit == null ? BigDecimal.ZERO.setScale(2) : debit;
                credit = credit == null ? BigDecimal.ZERO.setScale(2) : credit;
                if ((debit.signum() == 0) == (credit.signum() == 0)) {
                    errors.add(FieldError.of(at, "journal.one-side"));
                }
                String costCentre = Inputs.text(errors, at + ".costCentre", line.costCentre(), 40, false);
                String description = Inputs.text(errors, at + ".description", line.description(), 300, false);
                lines.add(new LedgerLine(code, debit, credit, costCentre, description, null));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        return new Parsed(request.date() == null ? Queries.today() : request.date(), reference, memo, lines);
    }

    private record Parsed(LocalDate date, String reference, String memo, List<LedgerLine> lines) {
    }
}
