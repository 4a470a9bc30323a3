package com.doganhub.platform.identity.internal.tenants;

import java.net.URI;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PATCH;
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

import com.doganhub.platform.api.JaxrsApplications;
import com.doganhub.platform.api.Page;
import com.doganhub.platform.api.security.RequiresPermission;
import com.doganhub.platform.identity.internal.FieldChecks;
import com.doganhub.platform.identity.internal.roles.OperatorModule;

/** {@code /api/v1/platform/tenants}: the operator creates, lists, changes and suspends tenants. */
@Component(service = TenantResource.class)
@JaxrsResource
@JaxrsApplicationSelect(JaxrsApplications.SELECT)
@Path(JaxrsApplications.API_PATH + "/platform/tenants")
@Produces(MediaType.APPLICATION_JSON)
public class TenantResource {

    private final TenantDirectory tenants;

    @Activate
    public TenantResource(@Reference TenantDirectory tenants) {
        this.tenants = tenants;
    }

    @GET
    @RequiresPermission(OperatorModule.TENANT_READ)
    public Page<TenantView> list(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return tenants.list(Page.limit(limit), cursor);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(OperatorModule.TENANT_WRITE)
    public Response create(TenantRequests.Create request) {
        FieldChecks.requiredBody(request);
        TenantView created = tenants.create(request);
        return Response.created(URI.create(JaxrsApplications.API_PATH + "/platform/tenants/" + created.id()))
                .entity(created).build();
    }

    @GET
    @Path("{id}")
    @RequiresPermission(OperatorModule.TENANT_READ)
    public TenantView get(@PathParam("id") String id) {
        return tenants.get(id);
    }

    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(OperatorModule.TENANT_WRITE)
    public TenantView update(@PathParam("id") String id, TenantRequests.Patch patch) {
        FieldChecks.requiredBody(patch);
        return tenants.update(id, patch);
    }
}
