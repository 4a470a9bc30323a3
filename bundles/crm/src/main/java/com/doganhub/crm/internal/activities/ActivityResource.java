package com.doganhub.crm.internal.activities;

import java.net.URI;
import java.util.List;

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

import com.doganhub.crm.internal.CrmPermissions;
import com.doganhub.crm.internal.Inputs;
import com.doganhub.platform.api.JaxrsApplications;
import com.doganhub.platform.api.error.ValidationFailed;
import com.doganhub.platform.api.security.RequiresPermission;

/**
 * {@code /api/v1/crm/activities}: calls, meetings, tasks, notes and emails on contacts, companies and deals;
 * {@code overdue} is the caller's open tasks past their due date.
 */
@Component(service = ActivityResource.class)
@JaxrsResource
@JaxrsApplicationSelect(JaxrsApplications.SELECT)
@Path(JaxrsApplications.API_PATH + "/crm/activities")
@Produces(MediaType.APPLICATION_JSON)
public class ActivityResource {

    private final Activities activities;

    @Activate
    public ActivityResource(@Reference Activities activities) {
        this.activities = activities;
    }

    public record DoneRequest(Boolean done) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(CrmPermissions.CONTACTS_WRITE)
    public Response create(ActivityRequest request) {
        ActivityView created = activities.create(Inputs.body(request));
        return Response.created(URI.create(JaxrsApplications.API_PATH + "/crm/activities/" + created.id()))
                .entity(created).build();
    }

    @GET
    @RequiresPermission(CrmPermissions.CONTACTS_READ)
    public List<ActivityView> list(@QueryParam("entityType") String entityType, @QueryParam("entityId") String entityId) {
        return activities.of(entityType, entityId);
    }

    @GET
    @Path("overdue")
    @RequiresPermission(CrmPermissions.CONTACTS_READ)
    public List<ActivityView> overdue() {
        return activities.overdue();
    }

    @PUT
    @Path("{id}/done")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(CrmPermissions.CONTACTS_WRITE)
    public ActivityView done(@PathParam("id") String id, DoneRequest request) {
        if (request == null || request.done() == null) {
            throw new ValidationFailed("done", "required");
        }
        return activities.markDone(id, request.done());
    }
}
