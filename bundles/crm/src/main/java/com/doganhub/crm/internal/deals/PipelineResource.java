package com.doganhub.crm.internal.deals;

import java.net.URI;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
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
import com.doganhub.platform.api.security.RequiresPermission;

/** {@code /api/v1/crm/pipelines}: pipelines with their stages, and each pipeline's weighted totals. */
@Component(service = PipelineResource.class)
@JaxrsResource
@JaxrsApplicationSelect(JaxrsApplications.SELECT)
@Path(JaxrsApplications.API_PATH + "/crm/pipelines")
@Produces(MediaType.APPLICATION_JSON)
public class PipelineResource {

    private final Pipelines pipelines;
    private final Deals deals;

    @Activate
    public PipelineResource(@Reference Pipelines pipelines, @Reference Deals deals) {
        this.pipelines = pipelines;
        this.deals = deals;
    }

    @GET
    @RequiresPermission(CrmPermissions.DEALS_READ)
    public List<Views.PipelineView> list() {
        return pipelines.list();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(CrmPermissions.PIPELINES_WRITE)
    public Response create(PipelineRequest request) {
        Views.PipelineView created = pipelines.create(Inputs.body(request));
        return Response.created(URI.create(JaxrsApplications.API_PATH + "/crm/pipelines/" + created.id()))
                .entity(created).build();
    }

    @GET
    @Path("{id}/summary")
    @RequiresPermission(CrmPermissions.DEALS_READ)
    public Views.PipelineSummary summary(@PathParam("id") String id) {
        return deals.summary(id);
    }
}
