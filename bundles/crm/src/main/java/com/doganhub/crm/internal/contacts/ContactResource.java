package com.doganhub.crm.internal.contacts;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Locale;

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

import com.doganhub.crm.internal.CrmPermissions;
import com.doganhub.crm.internal.Inputs;
import com.doganhub.crm.internal.activities.ActivityView;
import com.doganhub.crm.internal.activities.ContactMail;
import com.doganhub.platform.api.JaxrsApplications;
import com.doganhub.platform.api.Page;
import com.doganhub.platform.api.TenantScope;
import com.doganhub.platform.api.error.ValidationFailed;
import com.doganhub.platform.api.export.Table;
import com.doganhub.platform.api.export.TableExport;
import com.doganhub.platform.api.security.RequiresPermission;

/**
 * {@code /api/v1/crm/contacts}: people with their names (Arabic and English), emails, phones in E.164, company, owner
 * and tags; {@code ?q=} searches names however written (diacritics, alef forms, case), emails and phones however
 * dialled; {@code ?tag=} filters. {@code /import} takes a CSV file, {@code /export} gives CSV or XLSX.
 */
@Component(service = ContactResource.class)
@JaxrsResource
@JaxrsApplicationSelect(JaxrsApplications.SELECT)
@Path(JaxrsApplications.API_PATH + "/crm/contacts")
@Produces(MediaType.APPLICATION_JSON)
public class ContactResource {

    private final Contacts contacts;
    private final ContactMail mail;
    private final ContactImport imports;
    private final ContactExport exports;
    private final TableExport tables;
    private final TenantScope tenantScope;

    @Activate
    public ContactResource(@Reference Contacts contacts, @Reference ContactMail mail, @Reference ContactImport imports,
            @Reference ContactExport exports, @Reference TableExport tables, @Reference TenantScope tenantScope) {
        this.contacts = contacts;
        this.mail = mail;
        this.imports = imports;
        this.exports = exports;
        this.tables = tables;
        this.tenantScope = tenantScope;
    }

    /**
     * Imports a CSV file sent as the body (any content type: what it holds decides). {@code dryRun=true} only
     * reports; {@code strict=true} imports nothing unless every row is accepted (422 naming each row's problems).
     */
    @POST
    @Path("import")
    @Consumes(MediaType.WILDCARD)
    @RequiresPermission(CrmPermissions.CONTACTS_WRITE)
    public ImportReport importContacts(InputStream body, @QueryParam("dryRun") String dryRun,
            @QueryParam("strict") String strict) throws IOException {
        boolean dry = flag("dryRun", dryRun);
        boolean all = flag("strict", strict);
        return imports.run(imports.read(body), dry, all);
    }

    /** The contacts matching {@code q} and {@code tag} as CSV (default) or XLSX, headed in {@code lang} or the caller's. */
    @GET
    @Path("export")
    @Produces({ "text/csv", TableExport.XLSX_MEDIA_TYPE, MediaType.APPLICATION_JSON })
    @RequiresPermission(CrmPermissions.CONTACTS_READ)
    public Response export(@QueryParam("format") String format, @QueryParam("q") String q, @QueryParam("tag") String tag,
            @QueryParam("lang") String lang) {
        String wanted = format == null || format.isBlank() ? "csv" : format.strip().toLowerCase(Locale.ROOT);
        if (!wanted.equals("csv") && !wanted.equals("xlsx")) {
            throw new ValidationFailed("format", "crm.unknown-value", wanted);
        }
        Locale locale = lang != null && !lang.isBlank() ? Locale.forLanguageTag(lang.strip()) : tenantScope.require().locale();
        Table table = exports.table(q, tag);
        byte[] bytes = wanted.equals("csv") ? tables.csv(table, locale) : tables.xlsx(table, locale);
        return Response.ok(bytes, wanted.equals("csv") ? TableExport.CSV_MEDIA_TYPE : TableExport.XLSX_MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"contacts." + wanted + "\"").build();
    }

    private static boolean flag(String name, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw new ValidationFailed(name, "crm.unknown-value", value.strip());
        };
    }

    /**
     * Emails the contact in the tenant's branding through the outbox and logs it as an email activity (201 with the
     * activity and where its delivery stands).
     */
    @POST
    @Path("{id}/emails")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(CrmPermissions.CONTACTS_WRITE)
    public Response email(@PathParam("id") String id, ContactMail.MailRequest request) {
        ActivityView logged = mail.send(id, request);
        return Response.created(URI.create(JaxrsApplications.API_PATH + "/crm/activities/" + logged.id()))
                .entity(logged).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(CrmPermissions.CONTACTS_WRITE)
    public Response create(ContactRequest request) {
        ContactView created = contacts.create(Inputs.body(request));
        return Response.created(URI.create(JaxrsApplications.API_PATH + "/crm/contacts/" + created.id()))
                .entity(created).build();
    }

    @GET
    @RequiresPermission(CrmPermissions.CONTACTS_READ)
    public Page<ContactView> list(@QueryParam("q") String q, @QueryParam("tag") String tag,
            @QueryParam("limit") String limitParameter, @QueryParam("cursor") String cursor) {
        int limit = Page.limit(limitParameter);
        List<ContactView> rows = contacts.search(q, tag, cursor, limit);
        return Page.of(rows, limit, view -> view, ContactView::id);
    }

    @GET
    @Path("{id}")
    @RequiresPermission(CrmPermissions.CONTACTS_READ)
    public ContactView get(@PathParam("id") String id) {
        return contacts.view(id);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(CrmPermissions.CONTACTS_WRITE)
    public ContactView replace(@PathParam("id") String id, ContactRequest request) {
        return contacts.replace(id, Inputs.body(request));
    }

    @DELETE
    @Path("{id}")
    @RequiresPermission(CrmPermissions.CONTACTS_WRITE)
    public Response delete(@PathParam("id") String id) {
        contacts.delete(id);
        return Response.noContent().build();
    }

}
