package com.doganhub.platform.identity.internal.roles;

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
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import com.doganhub.platform.api.JaxrsApplications;
import com.doganhub.platform.api.TenantScope;
import com.doganhub.platform.api.security.RequiresPermission;

/** {@code /api/v1/roles}: the tenant's built-in and custom roles. */
@Component(service = RoleResource.class)
@JaxrsResource
@JaxrsApplicationSelect(JaxrsApplications.SELECT)
@Path(JaxrsApplications.API_PATH + "/roles")
@Produces(MediaType.APPLICATION_JSON)
public class RoleResource {

    private final RoleCatalog roles;
    private final TenantScope tenantScope;

    @Activate
    public RoleResource(@Reference RoleCatalog roles, @Reference TenantScope tenantScope) {
        this.roles = roles;
        this.tenantScope = tenantScope;
    }

    @GET
    @RequiresPermission(CoreModule.ROLE_READ)
    public List<RoleView> list() {
        return roles.list(tenantScope.require().isPlatformOperator());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(CoreModule.ROLE_WRITE)
    public Response create(RoleRequest request) {
        RoleView created = roles.create(request);
        return Response.created(URI.create(JaxrsApplications.API_PATH + "/roles/" + created.key())).entity(created).build();
    }

    @PUT
    @Path("{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(CoreModule.ROLE_WRITE)
    public RoleView update(@PathParam("key") String key, RoleRequest request) {
        return roles.update(key, request);
    }

    @DELETE
    @Path("{key}")
    @RequiresPermission(CoreModule.ROLE_WRITE)
    public Response delete(@PathParam("key") String key) {
        roles.delete(key);
        return Response.noContent().build();
    }
}
