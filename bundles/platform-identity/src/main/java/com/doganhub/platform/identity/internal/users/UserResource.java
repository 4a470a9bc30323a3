package com.doganhub.platform.identity.internal.users;

import java.net.URI;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
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
import com.doganhub.platform.identity.internal.roles.CoreModule;

/** {@code /api/v1/users}: the tenant administrator's user management. */
@Component(service = UserResource.class)
@JaxrsResource
@JaxrsApplicationSelect(JaxrsApplications.SELECT)
@Path(JaxrsApplications.API_PATH + "/users")
@Produces(MediaType.APPLICATION_JSON)
public class UserResource {

    private final UserDirectory users;

    @Activate
    public UserResource(@Reference UserDirectory users) {
        this.users = users;
    }

    @GET
    @RequiresPermission(CoreModule.USER_READ)
    public Page<UserView> list(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return users.list(Page.limit(limit), cursor);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(CoreModule.USER_WRITE)
    public Response create(UserRequests.Create request) {
        FieldChecks.requiredBody(request);
        UserView created = users.create(request);
        return Response.created(URI.create(JaxrsApplications.API_PATH + "/users/" + created.id())).entity(created).build();
    }

    @GET
    @Path("{id}")
    @RequiresPermission(CoreModule.USER_READ)
    public UserView get(@PathParam("id") String id) {
        return users.get(id);
    }

    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(CoreModule.USER_WRITE)
    public UserView update(@PathParam("id") String id, UserRequests.Patch patch) {
        FieldChecks.requiredBody(patch);
        return users.update(id, patch);
    }

    @DELETE
    @Path("{id}")
    @RequiresPermission(CoreModule.USER_WRITE)
    public Response delete(@PathParam("id") String id) {
        users.delete(id);
        return Response.noContent().build();
    }
}
