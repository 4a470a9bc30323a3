package com.doganhub.crm.internal.deals;

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
import com.doganhub.platform.api.Page;
import com.doganhub.platform.api.security.RequiresPermission;

/**
 * {@code /api/v1/crm/deals}: deals in pipelines, moved between stages with the history kept. Without {@code
 * crm.deal.read.all} a caller sees only their own deals.
 */
@Component(service = DealResource.class)
@JaxrsResource
@JaxrsApplicationSelect(JaxrsApplications.SELECT)
@Path(JaxrsApplications.API_PATH + "/crm/deals")
@Produces(MediaType.APPLICATION_JSON)
public class DealResource {

    private final Deals deals;

    @Activate
    public DealResource(@Reference Deals deals) {
        this.deals = deals;
    }

    public record MoveRequest(String stageId, String lostReason) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(CrmPermissions.DEALS_WRITE)
    public Response create(DealRequest request) {
        Views.DealView created = deals.create(Inputs.body(request));
        return Response.created(URI.create(JaxrsApplications.API_PATH + "/crm/deals/" + created.id()))
                .entity(created).build();
    }

    @GET
    @RequiresPermission(CrmPermissions.DEALS_READ)
    public Page<Views.DealView> list(@QueryParam("pipelineId") String pipelineId, @QueryParam("stageId") String stageId,
            @QueryParam("limit") String limitParameter, @QueryParam("cursor") String cursor) {
        int limit = Page.limit(limitParameter);
        return Page.of(deals.list(pipelineId, stageId, cursor, limit), limit, view -> view, Views.DealView::id);
    }

    @GET
    @Path("{id}")
    @RequiresPermission(CrmPermissions.DEALS_READ)
    public Views.DealView get(@PathParam("id") String id) {
        return deals.view(id);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(CrmPermissions.DEALS_WRITE)
    public Views.DealView replace(@PathParam("id") String id, DealRequest request) {
        return deals.replace(id, Inputs.body(request));
    }

    @POST
    @Path("{id}/move")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(CrmPermissions.DEALS_WRITE)
    public Views.DealView move(@PathParam("id") String id, MoveRequest request) {
        MoveRequest move = Inputs.body(request);
        return deals.move(id, move.stageId(), move.lostReason());
    }

    @GET
    @Path("{id}/history")
    @RequiresPermission(CrmPermissions.DEALS_READ)
    public List<Views.MoveView> history(@PathParam("id") String id) {
        return deals.history(id);
    }

}
