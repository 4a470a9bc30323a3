package com.doganhub.platform.identity.internal.branding;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import com.doganhub.platform.api.JaxrsApplications;
import com.doganhub.platform.identity.internal.FieldChecks;
import com.doganhub.platform.api.security.RequiresPermission;
import com.doganhub.platform.identity.internal.roles.CoreModule;

/**
 * {@code GET|PUT /api/v1/tenant/branding} for the signed-in tenant, and the public
 * {@code GET /api/v1/public/branding?tenant=slug} its sign-in page reads.
 */
@Component(service = BrandingResource.class)
@JaxrsResource
@JaxrsApplicationSelect(JaxrsApplications.SELECT)
@Path(JaxrsApplications.API_PATH)
@Produces(MediaType.APPLICATION_JSON)
public class BrandingResource {

    private final BrandingService branding;

    @Activate
    public BrandingResource(@Reference BrandingService branding) {
        this.branding = branding;
    }

    /** Any signed-in user of the tenant; without one, 401 ({@link BrandingService#current} requires a tenant). */
    @GET
    @Path("tenant/branding")
    public Branding get() {
        return branding.current();
    }

    @PUT
    @Path("tenant/branding")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(CoreModule.BRANDING_WRITE)
    public Branding replace(Branding requested) {
        return branding.replace(requested);
    }

    @GET
    @Path("public/branding")
    public Branding publicBranding(@QueryParam("tenant") String slug) {
        return branding.publicBranding(FieldChecks.requiredText("tenant", slug));
    }
}
