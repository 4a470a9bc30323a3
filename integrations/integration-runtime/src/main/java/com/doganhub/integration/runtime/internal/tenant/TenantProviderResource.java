package com.doganhub.integration.runtime.internal.tenant;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

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

import com.doganhub.integration.api.Capability;
import com.doganhub.platform.api.JaxrsApplications;
import com.doganhub.platform.api.error.NotFound;
import com.doganhub.platform.api.error.ValidationFailed;
import com.doganhub.platform.api.security.RequiresPermission;

/**
 * {@code /api/v1/tenant/providers}: a tenant admin sets the tenant's own provider chain and settings (its SMTP
 * server, sender, API key) per capability. Secrets are write-only: answers show them masked.
 */
@Component(service = TenantProviderResource.class)
@JaxrsResource
@JaxrsApplicationSelect(JaxrsApplications.SELECT)
@Path(JaxrsApplications.API_PATH + "/tenant/providers")
@Produces(MediaType.APPLICATION_JSON)
public class TenantProviderResource {

    static final String READ = IntegrationModule.PROVIDER_READ;
    static final String WRITE = IntegrationModule.PROVIDER_WRITE;

    private final TenantProviders providers;

    @Activate
    public TenantProviderResource(@Reference TenantProviders providers) {
        this.providers = providers;
    }

    @GET
    @RequiresPermission(READ)
    public List<OverrideView> list() {
        return providers.list().stream().map(OverrideView::of).toList();
    }

    @GET
    @Path("{capability}")
    @RequiresPermission(READ)
    public OverrideView get(@PathParam("capability") String capability) {
        Capability chosen = capability(capability);
        return providers.current(chosen).map(OverrideView::of)
                .orElseThrow(() -> new NotFound("tenant-provider", capability));
    }

    @PUT
    @Path("{capability}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(WRITE)
    public OverrideView change(@PathParam("capability") String capability, OverrideRequest request) {
        Capability chosen = capability(capability);
        if (request == null) {
            throw new ValidationFailed("body", "required");
        }
        return OverrideView.of(providers.change(chosen, request.chain(), request.settings()));
    }

    @DELETE
    @Path("{capability}")
    @RequiresPermission(WRITE)
    public Response remove(@PathParam("capability") String capability) {
        if (!providers.remove(capability(capability))) {
            throw new NotFound("tenant-provider", capability);
        }
        return Response.noContent().build();
    }

    private static Capability capability(String id) {
        try {
            return Capability.fromId(id);
        } catch (IllegalArgumentException unknown) {
            throw new NotFound("capability", id);
        }
    }

    /** Body of the PUT: the chain in failover order and the settings (an empty value removes a setting). */
    public record OverrideRequest(List<String> chain, Map<String, String> settings) {
    }

    /** The tenant's override, secrets masked. */
    public record OverrideView(String capability, List<String> chain, Map<String, String> settings, LocalDateTime updatedAt) {
        static OverrideView of(TenantProviders.Override override) {
            return new OverrideView(override.capability(), override.chain(), TenantProviders.masked(override.settings()),
                    override.updatedAt());
        }
    }
}
