package com.doganhub.platform.modules.internal.catalog;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
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
import com.doganhub.platform.api.audit.AuditEvent;
import com.doganhub.platform.api.audit.AuditLog;
import com.doganhub.platform.api.error.ValidationFailed;
import com.doganhub.platform.api.security.RequiresPermission;

/**
 * {@code /api/v1/admin/modules} (operator): every module with its state, and installing or uninstalling one at
 * runtime. An install answers when the module runs (its migrations done) or with why it could not.
 */
@Component(service = ModuleResource.class)
@JaxrsResource
@JaxrsApplicationSelect(JaxrsApplications.SELECT)
@Path(JaxrsApplications.API_PATH + "/admin/modules")
@Produces(MediaType.APPLICATION_JSON)
public class ModuleResource {

    static final String MANAGE = "platform.modules.manage";

    private final ModuleCatalog catalog;
    private final ModuleInstaller installer;
    private final AuditLog audit;

    @Activate
    public ModuleResource(@Reference ModuleCatalog catalog, @Reference ModuleInstaller installer,
            @Reference AuditLog audit) {
        this.catalog = catalog;
        this.installer = installer;
        this.audit = audit;
    }

    @GET
    @RequiresPermission(MANAGE)
    public List<ModuleView> list() {
        return catalog.views();
    }

    @GET
    @Path("{id}")
    @RequiresPermission(MANAGE)
    public ModuleView get(@PathParam("id") String id) {
        return catalog.views().stream().filter(view -> view.id().equals(id)).findFirst()
                .orElseThrow(() -> new UnknownModule(id, String.join(", ", catalog.views().stream().map(ModuleView::id)
                        .toList())));
    }

    /** The body of {@code POST /repositories}: a features repository's URL ({@code mvn:}, {@code file:}, {@code https:}). */
    public record RepositoryRequest(String url) {
    }

    /**
     * Adds a features repository, so that the modules it declares are offered (what {@code feature:repo-add} does in
     * the shell); answers the modules it offers. Installing one is a separate, deliberate step.
     */
    @POST
    @Path("repositories")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(MANAGE)
    public List<ModuleView> addRepository(RepositoryRequest request) {
        if (request == null || request.url() == null || request.url().isBlank()) {
            throw new ValidationFailed("url", "required");
        }
        List<String> offered = installer.addRepository(request.url().strip());
        // the URL goes in the change, not the entity id, which is short
        audit.record(AuditEvent.of("module-repository", java.util.UUID.randomUUID().toString(), "add")
                .with("url", null, ModuleInstaller.withoutCredentials(request.url().strip())).with("modules", null, String.join(", ", offered)));
        return catalog.views().stream().filter(view -> offered.contains(view.id())).toList();
    }

    @POST
    @Path("{id}/install")
    @RequiresPermission(MANAGE)
    public ModuleView install(@PathParam("id") String id) {
        ModuleView installed = installer.install(id);
        audit.record(AuditEvent.of("module", id, "install").with("version", null, installed.version()));
        return installed;
    }

    @POST
    @Path("{id}/uninstall")
    @RequiresPermission(MANAGE)
    public ModuleView uninstall(@PathParam("id") String id) {
        ModuleView uninstalled = installer.uninstall(id);
        audit.record(AuditEvent.of("module", id, "uninstall").with("version", uninstalled.version(), null));
        return uninstalled;
    }
}
