package com.doganhub.crm.internal.fields;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
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

import com.doganhub.crm.internal.CrmPermissions;
import com.doganhub.crm.internal.Inputs;
import com.doganhub.platform.api.JaxrsApplications;
import com.doganhub.platform.api.security.RequiresPermission;

/**
 * {@code /api/v1/crm/fields}: the tenant's custom contact fields. {@code PUT /fields/{key}} defines or changes one
 * (key {@code [a-z][a-z0-9_]*}); {@code DELETE} removes it with its values.
 */
@Component(service = FieldResource.class)
@JaxrsResource
@JaxrsApplicationSelect(JaxrsApplications.SELECT)
@Path(JaxrsApplications.API_PATH + "/crm/fields")
@Produces(MediaType.APPLICATION_JSON)
public class FieldResource {

    private final CustomFields fields;

    @Activate
    public FieldResource(@Reference CustomFields fields) {
        this.fields = fields;
    }

    @GET
    @RequiresPermission(CrmPermissions.CONTACTS_READ)
    public List<FieldView> list() {
        return fields.list();
    }

    @PUT
    @Path("{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(CrmPermissions.FIELDS_WRITE)
    public FieldView put(@PathParam("key") String key, FieldRequest request) {
        return fields.put(key, Inputs.body(request));
    }

    @DELETE
    @Path("{key}")
    @RequiresPermission(CrmPermissions.FIELDS_WRITE)
    public Response delete(@PathParam("key") String key) {
        fields.delete(key);
        return Response.noContent().build();
    }
}
