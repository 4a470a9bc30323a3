package com.doganhub.platform.identity.internal.roles;

import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import com.doganhub.platform.api.JaxrsApplications;
import com.doganhub.platform.api.LocalizedText;
import com.doganhub.platform.api.TenantScope;
import com.doganhub.platform.api.security.RequiresPermission;

/** {@code GET /api/v1/permissions}: what can be granted in the caller's tenant, by module. */
@Component(service = PermissionResource.class)
@JaxrsResource
@JaxrsApplicationSelect(JaxrsApplications.SELECT)
@Path(JaxrsApplications.API_PATH + "/permissions")
@Produces(MediaType.APPLICATION_JSON)
public class PermissionResource {

    private final PermissionRegistry registry;
    private final TenantScope tenantScope;

    @Activate
    public PermissionResource(@Reference PermissionRegistry registry, @Reference TenantScope tenantScope) {
        this.registry = registry;
        this.tenantScope = tenantScope;
    }

    @GET
    @RequiresPermission(CoreModule.ROLE_READ)
    public List<PermissionView> list() {
        boolean operator = tenantScope.require().isPlatformOperator();
        return registry.defined().values().stream()
                .filter(defined -> operator || !defined.definition().id().startsWith(RequiresPermission.OPERATOR_PREFIX))
                .map(defined -> new PermissionView(defined.definition().id(), defined.module(),
                        defined.definition().description()))
                .toList();
    }

    /** One permission. */
    public record PermissionView(String id, String module, LocalizedText description) {
    }
}
