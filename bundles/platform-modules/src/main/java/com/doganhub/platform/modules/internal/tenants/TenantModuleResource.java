package com.doganhub.platform.modules.internal.tenants;

import java.util.List;
import java.util.stream.Collectors;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
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

import com.doganhub.platform.api.JaxrsApplications;
import com.doganhub.platform.api.LocalizedText;
import com.doganhub.platform.api.TenantContext;
import com.doganhub.platform.api.TenantScope;
import com.doganhub.platform.api.audit.AuditEvent;
import com.doganhub.platform.api.audit.AuditLog;
import com.doganhub.platform.api.error.ValidationFailed;
import com.doganhub.platform.api.security.RequiresPermission;
import com.doganhub.platform.modules.internal.catalog.ModuleCatalog;
import com.doganhub.platform.modules.internal.catalog.UnknownModule;

/**
 * {@code /api/v1/tenant/modules}: the installed modules and whether the caller's tenant uses each;
 * {@code PUT /{id} {enabled}} turns one on or off for this tenant only. A module turned off answers 403
 * {@code module.not-enabled} on its endpoints and leaves the tenant's menus; its data stays.
 */
@Component(service = TenantModuleResource.class)
@JaxrsResource
@JaxrsApplicationSelect(JaxrsApplications.SELECT)
@Path(JaxrsApplications.API_PATH + "/tenant/modules")
@Produces(MediaType.APPLICATION_JSON)
public class TenantModuleResource {

    private final TenantModuleSettings settings;
    private final ModuleCatalog catalog;
    private final TenantScope tenantScope;
    private final AuditLog audit;

    @Activate
    public TenantModuleResource(@Reference TenantModuleSettings settings, @Reference ModuleCatalog catalog,
            @Reference TenantScope tenantScope, @Reference AuditLog audit) {
        this.settings = settings;
        this.catalog = catalog;
        this.tenantScope = tenantScope;
        this.audit = audit;
    }

    /** A module as a tenant sees it. */
    public record TenantModuleView(String id, LocalizedText name, String version, boolean enabled,
            boolean enabledByDefault, boolean licensed) {
    }

    /** The body of a choice. */
    public record Choice(Boolean enabled) {
    }

    @GET
    @RequiresPermission("core.modules.read")
    public List<TenantModuleView> list() {
        TenantContext caller = tenantScope.require();
        return choosable().stream().map(running -> view(caller, running)).toList();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission("core.modules.write")
    public TenantModuleView choose(@PathParam("id") String id, Choice choice) {
        TenantContext caller = tenantScope.require();
        ModuleCatalog.Running module = choosable().stream().filter(running -> running.module().id().equals(id))
                .findFirst().orElseThrow(() -> new UnknownModule(id, choosable().stream()
                        .map(running -> running.module().id()).sorted().collect(Collectors.joining(", "))));
        if (choice == null || choice.enabled() == null) {
            throw new ValidationFailed("enabled", "required");
        }
        if (choice.enabled() && !settings.licensed(caller.tenantId(), id)) {
            throw new ValidationFailed("enabled", "module.not-licensed", id);
        }
        boolean before = settings.enabled(caller.tenantId(), id);
        settings.choose(caller.tenantId(), id, choice.enabled(), caller.userId());
        audit.record(AuditEvent.of("tenant-module", id, choice.enabled() ? "enable" : "disable")
                .with("enabled", String.valueOf(before), String.valueOf(choice.enabled())));
        return view(caller, module);
    }

    /** Installed modules a tenant can choose about: those offered as features, running now. */
    private List<ModuleCatalog.Running> choosable() {
        return catalog.running().stream().filter(running -> settings.offered(running.module().id()))
                .sorted(java.util.Comparator.comparing(running -> running.module().id())).toList();
    }

    private TenantModuleView view(TenantContext caller, ModuleCatalog.Running running) {
        return new TenantModuleView(running.module().id(), running.module().name(), running.module().version(),
                settings.enabled(caller.tenantId(), running.module().id()), running.module().enabledByDefault(),
                settings.licensed(caller.tenantId(), running.module().id()));
    }
}
