package com.doganhub.finance.internal.reports;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.StreamingOutput;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;

import com.doganhub.finance.internal.FinanceConfig;
import com.doganhub.finance.internal.FinancePermissions;
import com.doganhub.finance.internal.Queries;
import com.doganhub.finance.internal.accounts.Accounts;
import com.doganhub.finance.internal.books.Books;
import com.doganhub.platform.api.JaxrsApplications;
import com.doganhub.platform.api.TenantScope;
import com.doganhub.platform.api.error.NotFound;
import com.doganhub.platform.api.export.TableExport;
import com.doganhub.platform.api.error.ValidationFailed;
import com.doganhub.platform.api.security.RequiresPermission;

import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /api/v1/finance/reports/{name}?from=&to=&format=json|csv|xlsx[&account=][&lang=ar|en]} and
 * {@code /api/v1/finance/export/journal?format=ledger}. Dates default to the start of the year and today; CSV and
 * XLSX headings follow {@code lang}, else the caller's language.
 */
@Component(service = ReportResource.class, configurationPid = FinanceConfig.PID)
@JaxrsResource
@JaxrsApplicationSelect(JaxrsApplications.SELECT)
@Path(JaxrsApplications.API_PATH + "/finance")
public class ReportResource {

    static final List<String> REPORTS = List.of("trial-balance", "general-ledger", "profit-and-loss", "balance-sheet",
            "vat-return", "aged-receivables", "budget-variance");

    private final Books books;
    private final Reports reports;
    private final SubledgerReports subledgers;
    private final Accounts accounts;
    private final TenantScope tenantScope;
    private final TableExport tables;
    private volatile int generalLedgerMaxRows;

    @Activate
    public ReportResource(@Reference Books books, @Reference Reports reports, @Reference SubledgerReports subledgers,
            @Reference Accounts accounts, @Reference TenantScope tenantScope, @Reference TableExport tables, FinanceConfig config) {
        this.books = books;
        this.reports = reports;
        this.subledgers = subledgers;
        this.accounts = accounts;
        this.tenantScope = tenantScope;
        this.tables = tables;
        modified(config);
    }

    @Modified
    void modified(FinanceConfig config) {
        this.generalLedgerMaxRows = Math.max(100, config.generalLedgerMaxRows());
    }

    @GET
    @Path("reports/{name}")
    @Produces({MediaType.APPLICATION_JSON, "text/csv", TableExport.XLSX_MEDIA_TYPE})
    @RequiresPermission(FinancePermissions.REPORTS_READ)
    public Response report(@PathParam("name") String name, @QueryParam("from") String fromParameter,
            @QueryParam("to") String toParameter, @QueryParam("format") String format,
            @QueryParam("account") String account, @QueryParam("lang") String lang) {
        if (!REPORTS.contains(name)) {
            throw new NotFound("report", name);
        }
        String wanted = format == null || format.isBlank() ? "json" : format.strip().toLowerCase(Locale.ROOT);
        if (!List.of("json", "csv", "xlsx").contains(wanted)) {
            throw new ValidationFailed("format", "report.format", "json, csv, xlsx");
        }
        LocalDate to = orDefault(Queries.date("to", toParameter), Queries.today());
        LocalDate from = orDefault(Queries.date("from", fromParameter), to.withDayOfYear(1));
        if (from.isAfter(to)) {
            throw new ValidationFailed("from", "report.from-after-to");
        }
        Report report = books.inTransaction(em -> switch (name) {
            case "trial-balance" -> reports.trialBalance(em, from, to);
            case "general-ledger" -> reports.generalLedger(em, from, to,
                    account == null || account.isBlank() ? null : account.strip(), generalLedgerMaxRows);
            case "profit-and-loss" -> reports.profitAndLoss(em, from, to);
            case "balance-sheet" -> reports.balanceSheet(em, to);
            case "vat-return" -> subledgers.vatReturn(em, from, to);
            case "aged-receivables" -> subledgers.agedReceivables(em, to);
            default -> subledgers.budgetVariance(em, from, to);
        });
        Locale locale = lang != null && !lang.isBlank() ? Locale.forLanguageTag(lang.strip())
                : tenantScope.require().locale();
        String file = name + "-" + to;
        return switch (wanted) {
            case "csv" -> Response.ok(tables.csv(report.table(), locale), TableExport.CSV_MEDIA_TYPE)
                    .header("Content-Disposition", "attachment; filename=\"" + file + ".csv\"").build();
            case "xlsx" -> Response.ok(tables.xlsx(report.table(), locale), TableExport.XLSX_MEDIA_TYPE)
                    .header("Content-Disposition", "attachment; filename=\"" + file + ".xlsx\"").build();
            default -> Response.ok(report, MediaType.APPLICATION_JSON).build();
        };
    }

    @GET
    @Path("export/journal")
    @Produces("text/plain")
    @RequiresPermission(FinancePermissions.REPORTS_READ)
    public Response journal(@QueryParam("format") String format, @QueryParam("from") String fromParameter,
            @QueryParam("to") String toParameter) {
        if (format != null && !format.isBlank() && !"ledger".equals(format.strip())) {
            throw new ValidationFailed("format", "report.format", "ledger");
        }
        LocalDate from = orDefault(Queries.date("from", fromParameter), LedgerRows.BEGINNING);
        LocalDate to = orDefault(Queries.date("to", toParameter), LocalDate.of(9999, 12, 31));
        // written inside the request's tenant binding; the entity manager lives as long as the transaction
        java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
        books.inTransaction(em -> {
            LedgerExport.write(em, accounts.all(em), from, to, buffer);
            return null;
        });
        StreamingOutput body = out -> out.write(buffer.toByteArray());
        return Response.ok(body, "text/plain; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"journal.ledger\"").build();
    }

    private static LocalDate orDefault(LocalDate value, LocalDate fallback) {
        return value == null ? fallback : value;
    }
}
