package com.doganhub.crm.internal.contacts;

import java.net.URI;
import java.util.List;

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
import com.doganhub.platform.api.security.RequiresPermission;

/**
 * {@code /api/v1/crm/contacts}: people with their names (Arabic and English), emails, phones in E.164, company, owner
 * and tags; {@code ?q=} searches names however written (diacritics, alef forms, case), emails and phones however
 * dialled; {@code ?tag=} filters.
 */
@Component(service = ContactResource.class)
@JaxrsResource
@JaxrsApplicationSelect(JaxrsApplications.SELECT)
@Path(JaxrsApplications.API_PATH + "/crm/contacts")
@Produces(MediaType.APPLICATION_JSON)
public class ContactResource {

    private final Contacts contacts;
    private final ContactMail mail;

    @Activate
    public ContactResource(@Reference Contacts contacts, @Reference ContactMail mail) {
        this.contacts = contacts;
        this.mail = mail;
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
