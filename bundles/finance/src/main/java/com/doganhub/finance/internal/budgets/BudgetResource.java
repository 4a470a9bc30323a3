package com.doganhub.finance.internal.budgets;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
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

import com.doganhub.finance.internal.FinancePermissions;
import com.doganhub.finance.internal.Inputs;
import com.doganhub.finance.internal.accounts.AccountEntity;
import com.doganhub.finance.internal.accounts.Accounts;
import com.doganhub.finance.internal.books.Books;
import com.doganhub.platform.api.JaxrsApplications;
import com.doganhub.platform.api.audit.AuditEvent;
import com.doganhub.platform.api.audit.AuditLog;
import com.doganhub.platform.api.error.FieldError;
import com.doganhub.platform.api.error.NotFound;
import com.doganhub.platform.api.error.ValidationFailed;
import com.doganhub.platform.api.security.RequiresPermission;

/**
 * {@code /api/v1/finance/budgets}: one amount per account and month ({@code 2026-03}) or quarter ({@code 2026-Q1});
 * posting the same account and period again replaces the amount. Variance against actuals is the
 * {@code budget-variance} report.
 */
@Component(service = BudgetResource.class)
@JaxrsResource
@JaxrsApplicationSelect(JaxrsApplications.SELECT)
@Path(JaxrsApplications.API_PATH + "/finance/budgets")
@Produces(MediaType.APPLICATION_JSON)
public class BudgetResource {

    private final Books books;
    private final Accounts accounts;
    private final AuditLog audit;

    @Activate
    public BudgetResource(@Reference Books books, @Reference Accounts accounts, @Reference AuditLog audit) {
        this.books = books;
        this.accounts = accounts;
        this.audit = audit;
    }

    public record BudgetRequest(String accountCode, String period, BigDecimal amount) {
    }

    public record BudgetView(String id, String accountCode, String period, java.time.LocalDate periodStart,
            java.time.LocalDate periodEnd, BigDecimal amount) {

        static BudgetView of(BudgetEntity budget) {
            return new BudgetView(budget.id(), budget.accountCode(),
                    BudgetPeriod.labelOf(budget.periodStart(), budget.periodEnd()), budget.periodStart(),
                    budget.periodEnd(), budget.amount());
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(FinancePermissions.BUDGETS_WRITE)
    public Response put(BudgetRequest request) {
        if (request == null) {
            throw new ValidationFailed("$", "required");
        }
        List<FieldError> errors = new ArrayList<>();
        String code = Inputs.text(errors, "accountCode", request.accountCode(), 20, true);
        BudgetPeriod period = BudgetPeriod.parse(request.period());
        if (period == null) {
            errors.add(FieldError.of("period", "budget.period-format"));
        }
        BigDecimal amount = Inputs.amount(errors, "amount", request.amount(), true);
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        boolean[] created = new boolean[1];
        BudgetView view;
        try {
            view = save(code, period, amount, created);
        } catch (RuntimeException raced) {
            if (raced instanceof com.doganhub.platform.api.error.PlatformException) {
                throw raced;
            }
            // the same account and period saved by a concurrent request first (unique key): update that one
            created[0] = false;
            view = save(code, period, amount, created);
        }
        return Response.status(created[0] ? Response.Status.CREATED : Response.Status.OK).entity(view).build();
    }

    private BudgetView save(String code, BudgetPeriod period, BigDecimal amount, boolean[] created) {
        return books.inTransaction(em -> {
            AccountEntity account = accounts.byCodes(em, List.of(code)).get(code);
            if (account == null) {
                throw new ValidationFailed("accountCode", "journal.unknown-account", code);
            }
            if (!accounts.groups(em, List.of(code)).isEmpty()) {
                throw new ValidationFailed("accountCode", "journal.group-account", code);
            }
            List<BudgetEntity> existing = em.createQuery("select b from BudgetEntity b where b.accountCode = :code"
                    + " and b.periodStart = :start and b.periodEnd = :end", BudgetEntity.class)
                    .setParameter("code", code).setParameter("start", period.start()).setParameter("end", period.end())
                    .getResultList();
            BudgetEntity budget;
            if (existing.isEmpty()) {
                budget = new BudgetEntity(UUID.randomUUID().toString(), code, period.start(), period.end(), amount);
                em.persist(budget);
                created[0] = true;
            } else {
                budget = existing.get(0);
                budget.amount(amount);
            }
            audit.record(AuditEvent.of("budget", budget.id(), created[0] ? "create" : "update")
                    .with("amount", null, amount));
            return BudgetView.of(budget);
        });
    }

    @GET
    @RequiresPermission(FinancePermissions.BUDGETS_READ)
    public List<BudgetView> list(@QueryParam("year") String yearParameter) {
        Integer year = parseYear(yearParameter);
        return books.inTransaction(em -> {
            List<BudgetEntity> rows = year == null
                    ? em.createQuery("select b from BudgetEntity b order by b.periodStart, b.accountCode", BudgetEntity.class)
                            .getResultList()
                    : em.createQuery("select b from BudgetEntity b where b.periodStart >= :from and b.periodStart <= :to"
                            + " order by b.periodStart, b.accountCode", BudgetEntity.class)
                            .setParameter("from", java.time.LocalDate.of(year, 1, 1))
                            .setParameter("to", java.time.LocalDate.of(year, 12, 31)).getResultList();
            return rows.stream().map(BudgetView::of).toList();
        });
    }

    private static Integer parseYear(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!value.strip().matches("\\d{4}")) {
            throw new ValidationFailed("year", "invalid-value", "year");
        }
        return Integer.valueOf(value.strip());
    }

    @DELETE
    @Path("{id}")
    @RequiresPermission(FinancePermissions.BUDGETS_WRITE)
    public Response delete(@PathParam("id") String id) {
        books.inTransaction(em -> {
            BudgetEntity budget = em.find(BudgetEntity.class, id);
            if (budget == null) {
                throw new NotFound("budget", id);
            }
            em.remove(budget);
            audit.record(AuditEvent.of("budget", id, "delete"));
            return null;
        });
        return Response.noContent().build();
    }
}
