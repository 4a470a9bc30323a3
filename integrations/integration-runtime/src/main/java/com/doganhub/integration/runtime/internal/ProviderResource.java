package com.doganhub.integration.runtime.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import com.doganhub.integration.api.Capability;
import com.doganhub.integration.api.Provider;
import com.doganhub.integration.api.ProviderCheck;
import com.doganhub.platform.api.JaxrsApplications;
import com.doganhub.platform.api.error.NotFound;
import com.doganhub.platform.api.error.ValidationFailed;
import com.doganhub.platform.api.security.RequiresPermission;

/**
 * {@code /api/v1/admin/providers}: the operator sees, per capability, the chain, the installed providers with
 * whether they are configured and their last live check, and changes the chain.
 */
@Component(service = ProviderResource.class)
@JaxrsResource
@JaxrsApplicationSelect(JaxrsApplications.SELECT)
@Path(JaxrsApplications.API_PATH + "/admin/providers")
@Produces(MediaType.APPLICATION_JSON)
public class ProviderResource {

    static final String READ = "platform.provider.read";
    static final String WRITE = "platform.provider.write";

    private final ProviderRegistry registry;
    private final ProviderSelection selection;

    @Activate
    public ProviderResource(@Reference ProviderRegistry registry, @Reference ProviderSelection selection) {
        this.registry = registry;
        this.selection = selection;
    }

    @GET
    @RequiresPermission(READ)
    public List<CapabilityView> list() {
        List<CapabilityView> views = new ArrayList<>();
        for (Capability capability : Capability.values()) {
            views.add(view(capability));
        }
        return views;
    }

    @GET
    @Path("{capability}")
    @RequiresPermission(READ)
    public CapabilityView get(@PathParam("capability") String capability) {
        return view(capability(capability));
    }

    @PUT
    @Path("{capability}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(WRITE)
    public CapabilityView change(@PathParam("capability") String capability, ChainRequest request) {
        Capability chosen = capability(capability);
        if (request == null) {
            throw new ValidationFailed("body", "required");
        }
        selection.change(chosen, request.chain());
        return view(chosen);
    }

    /** Runs the capability's live checks now (each bounded by its provider's timeout, 60 s in all). */
    @POST
    @Path("{capability}/check")
    @RequiresPermission(READ)
    public CapabilityView checkNow(@PathParam("capability") String capability) throws InterruptedException {
        Capability chosen = capability(capability);
        registry.checkNow(chosen, java.time.Duration.ofSeconds(60));
        return view(chosen);
    }

    private CapabilityView view(Capability capability) {
        ProviderChain configured = selection.configured(capability);
        List<ProviderView> providers = new ArrayList<>();
        registry.providers(capability).forEach((name, provider) -> providers.add(ProviderView.of(provider,
                configured.names().contains(name), registry.lastCheck(capability, name))));
        return new CapabilityView(capability.id(), configured.names(), selection.active(capability), providers);
    }

    static Capability capability(String id) {
        try {
            return Capability.fromId(id);
        } catch (IllegalArgumentException unknown) {
            throw new NotFound("capability", id);
        }
    }

    /** Body of the PUT. */
    public record ChainRequest(List<String> chain) {
    }

    /** One capability: the chain as configured, the part of it that is installed, and every installed provider. */
    public record CapabilityView(String capability, List<String> chain, List<String> active, List<ProviderView> providers) {
    }

    /** One installed provider. */
    public record ProviderView(String name, boolean configured, boolean inChain, CheckView lastCheck) {
        static ProviderView of(Provider provider, boolean inChain, ProviderCheck check) {
            return new ProviderView(provider.name(), provider.configured(), inChain,
                    check == null ? null : new CheckView(check.outcome().name(), check.detail(), check.checkedAt(),
                            check.latency().toMillis()));
        }
    }

    /** A provider's last live check. */
    public record CheckView(String outcome, String detail, Instant checkedAt, long latencyMs) {
    }
}
