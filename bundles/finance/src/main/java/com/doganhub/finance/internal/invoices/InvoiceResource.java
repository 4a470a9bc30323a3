package com.doganhub.finance.internal.invoices;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.persistence.TypedQuery;
import javax.ws.rs.Consumes;
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

import com.doganhub.finance.api.einvoicing.EInvoiceStatus;
import com.doganhub.finance.internal.FinancePermissions;
import com.doganhub.finance.internal.Inputs;
import com.doganhub.finance.internal.Queries;
import com.doganhub.finance.internal.books.Books;
import com.doganhub.finance.internal.pdf.InvoicePdf;
import com.doganhub.finance.internal.pdf.PrintableInvoice;
import com.doganhub.notifications.api.TenantBrands;
import com.doganhub.platform.api.JaxrsApplications;
import com.doganhub.platform.api.Page;
import com.doganhub.platform.api.error.FieldError;
import com.doganhub.platform.api.error.NotFound;
import com.doganhub.platform.api.error.ValidationFailed;
import com.doganhub.platform.api.security.RequiresPermission;

/**
 * {@code /api/v1/finance/invoices}: drafts, issue, payments, credit notes, void (drafts only) and the PDF. Issued
 * documents never change; every correction is a new document.
 */
@Component(service = InvoiceResource.class)
@JaxrsResource
@JaxrsApplicationSelect(JaxrsApplications.SELECT)
@Path(JaxrsApplications.API_PATH + "/finance/invoices")
@Produces(MediaType.APPLICATION_JSON)
public class InvoiceResource {

    private static final String BASE = JaxrsApplications.API_PATH + "/finance/invoices/";

    private final Books books;
    private final Invoicing invoicing;
    private final InvoicePdf pdf;
    private final TenantBrands brands;
    private final EInvoiceHandOver eInvoices;

    @Activate
    public InvoiceResource(@Reference Books books, @Reference Invoicing invoicing, @Reference InvoicePdf pdf,
            @Reference TenantBrands brands, @Reference EInvoiceHandOver eInvoices) {
        this.books = books;
        this.invoicing = invoicing;
        this.pdf = pdf;
        this.brands = brands;
        this.eInvoices = eInvoices;
    }

    /**
     * The document's e-invoicing state: its place in the device's hash chain, the QR payload and what the tax
     * authority answered. 404 for a document of another tenant, or one that was never e-invoiced (issued before
     * e-invoicing was installed, or still a draft).
     */
    @GET
    @Path("{id}/zatca")
    @RequiresPermission(FinancePermissions.INVOICES_READ)
    public EInvoiceStatus zatcaStatus(@PathParam("id") String id) {
        books.inTransaction(em -> invoicing.find(em, id));
        return eInvoices.status(id).orElseThrow(() -> new NotFound("e-invoice", id));
    }

    /** The signed UBL XML; for a cleared standard invoice the copy ZATCA returned, which is the legal one. */
    @GET
    @Path("{id}/zatca/xml")
    @Produces(MediaType.APPLICATION_XML)
    @RequiresPermission(FinancePermissions.INVOICES_READ)
    public Response zatcaXml(@PathParam("id") String id) {
        InvoiceEntity invoice = books.inTransaction(em -> invoicing.find(em, id));
        String xml = eInvoices.xml(id).orElseThrow(() -> new NotFound("e-invoice", id));
        return Response.ok(xml, "application/xml; charset=UTF-8").header("Content-Disposition",
                "attachment; filename=\"" + invoice.number() + ".xml\"").build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(FinancePermissions.INVOICES_WRITE)
    public Response create(InvoiceRequest request) {
        InvoiceDraft draft = InvoiceDraft.parse(request);
        books.prepareSeries("invoice:" + draft.series());
        InvoiceView view = books.inTransaction(em -> invoicing.view(em, invoicing.createDraft(em, draft)));
        return Response.created(URI.create(BASE + view.id())).entity(view).build();
    }

    @GET
    @RequiresPermission(FinancePermissions.INVOICES_READ)
    public Page<InvoiceView> list(@QueryParam("status") String status, @QueryParam("kind") String kind,
            @QueryParam("limit") String limitParameter, @QueryParam("cursor") String cursor) {
        int limit = Page.limit(limitParameter);
        InvoiceStatus wantedStatus = Queries.enumValue("status", status, InvoiceStatus.class);
        DocumentKind wantedKind = Queries.enumValue("kind", kind, DocumentKind.class);
        return books.inTransaction(em -> {
            StringBuilder jpql = new StringBuilder("select i from InvoiceEntity i where 1 = 1");
            if (wantedStatus != null) {
                jpql.append(" and i.status = :status");
            }
            if (wantedKind != null) {
                jpql.append(" and i.kind = :kind");
            }
            if (cursor != null && !cursor.isBlank()) {
                jpql.append(" and i.id > :cursor");
            }
            TypedQuery<InvoiceEntity> query = em.createQuery(jpql.append(" order by i.id").toString(), InvoiceEntity.class);
            if (wantedStatus != null) {
                query.setParameter("status", wantedStatus);
            }
            if (wantedKind != null) {
                query.setParameter("kind", wantedKind);
            }
            if (cursor != null && !cursor.isBlank()) {
                query.setParameter("cursor", cursor);
            }
            return Page.of(query.setMaxResults(limit + 1).getResultList(), limit, invoice -> invoicing.view(em, invoice),
                    InvoiceEntity::id);
        });
    }

    @GET
    @Path("{id}")
    @RequiresPermission(FinancePermissions.INVOICES_READ)
    public InvoiceView get(@PathParam("id") String id) {
        return books.inTransaction(em -> invoicing.view(em, invoicing.find(em, id)));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(FinancePermissions.INVOICES_WRITE)
    public InvoiceView replace(@PathParam("id") String id, InvoiceRequest request) {
        InvoiceDraft draft = InvoiceDraft.parse(request);
        return books.inTransaction(em -> invoicing.view(em, invoicing.replaceDraft(em, id, draft)));
    }

    /**
     * Issues a draft. No body: {@code issueDate} (query) overrides the draft's date, else the draft's date, else
     * today — so {@code curl -X POST .../issue} is enough.
     */
    @POST
    @Path("{id}/issue")
    @RequiresPermission(FinancePermissions.INVOICES_ISSUE)
    public InvoiceView issue(@PathParam("id") String id, @QueryParam("issueDate") String issueDate) {
        LocalDate date = Queries.date("issueDate", issueDate);
        return books.inTransaction(em -> invoicing.view(em, invoicing.issue(em, id, date)));
    }

    @POST
    @Path("{id}/void")
    @RequiresPermission(FinancePermissions.INVOICES_WRITE)
    public InvoiceView voidDraft(@PathParam("id") String id) {
        return books.inTransaction(em -> invoicing.view(em, invoicing.voidDraft(em, id)));
    }

    /** The body of {@code POST .../payments}. */
    public record PaymentRequest(LocalDate date, BigDecimal amount, PaymentEntity.Method method, String reference) {
    }

    @POST
    @Path("{id}/payments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(FinancePermissions.PAYMENTS_WRITE)
    public Response pay(@PathParam("id") String id, PaymentRequest request) {
        if (request == null) {
            throw new ValidationFailed("$", "required");
        }
        List<FieldError> errors = new ArrayList<>();
        BigDecimal amount = Inputs.amount(errors, "amount", request.amount(), true);
        if (amount != null && amount.signum() == 0) {
            errors.add(FieldError.of("amount", "invoice.zero-payment"));
        }
        String reference = Inputs.text(errors, "reference", request.reference(), 100, false);
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        PaymentEntity.Method method = request.method() == null ? PaymentEntity.Method.BANK : request.method();
        LocalDate date = request.date() == null ? Queries.today() : request.date();
        InvoiceView view = books.inTransaction(em -> {
            invoicing.pay(em, id, date, amount, method, reference);
            return invoicing.view(em, invoicing.find(em, id));
        });
        return Response.status(Response.Status.CREATED).entity(view).build();
    }

    /** The body of {@code POST .../credit-notes}: a reason, and the lines to credit (all when absent). */
    public record CreditNoteRequest(String reason, LocalDate issueDate, List<InvoiceRequest.Line> lines) {
    }

    @POST
    @Path("{id}/credit-notes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(FinancePermissions.INVOICES_ISSUE)
    public Response credit(@PathParam("id") String id, CreditNoteRequest request) {
        if (request == null) {
            throw new ValidationFailed("$", "required");
        }
        List<FieldError> errors = new ArrayList<>();
        String reason = Inputs.text(errors, "reason", request.reason(), 1000, true);
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        List<InvoiceDraft.Line> lines = request.lines() == null ? null : InvoiceDraft.parseLines(request.lines());
        InvoiceView note = books.inTransaction(em -> invoicing.view(em,
                invoicing.credit(em, id, reason, request.issueDate(), lines)));
        return Response.created(URI.create(BASE + note.id())).entity(note).build();
    }

    @GET
    @Path("{id}/pdf")
    @Produces("application/pdf")
    @RequiresPermission(FinancePermissions.INVOICES_READ)
    public Response pdf(@PathParam("id") String id) {
        // the QR e-invoicing keeps for the document: phase 2 once signed, phase 1 without a live device
        String qr = eInvoices.status(id).map(EInvoiceStatus::qr).orElse(null);
        PrintableInvoice printable = books.inTransaction(em -> {
            InvoiceEntity invoice = invoicing.find(em, id);
            String original = invoice.originalInvoiceId() == null ? null
                    : invoicing.find(em, invoice.originalInvoiceId()).number();
            return InvoicePrints.of(invoice, invoicing.lines(em, id), books.settings(em), brands.current(), original,
                    qr);
        });
        byte[] document = pdf.render(printable);
        return Response.ok(document, "application/pdf")
                .header("Content-Disposition", "inline; filename=\"" + printable.number() + ".pdf\"").build();
    }
}
