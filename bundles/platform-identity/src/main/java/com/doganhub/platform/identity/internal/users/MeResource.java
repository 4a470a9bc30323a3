package com.doganhub.platform.identity.internal.users;

import java.util.List;
import java.util.Set;

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
import com.doganhub.platform.api.TenantContext;
import com.doganhub.platform.api.NavigationEntry;
import com.doganhub.platform.api.TenantScope;
import com.doganhub.platform.identity.internal.roles.PermissionRegistry;
import com.doganhub.platform.api.error.Unauthenticated;
import com.doganhub.platform.identity.internal.tenants.TenantLookup;
import com.doganhub.platform.identity.internal.tenants.TenantView;

/** {@code GET /api/v1/me}: the signed-in user, their tenant, roles, permissions and language. */
@Component(service = MeResource.class)
@JaxrsResource
@JaxrsApplicationSelect(JaxrsApplications.SELECT)
@Path(JaxrsApplications.API_PATH + "/me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    private final TenantScope tenantScope;
    private final UserDirectory users;
    private final TenantLookup tenants;
    private final PermissionRegistry registry;

    @Activate
    public MeResource(@Reference TenantScope tenantScope, @Reference UserDirectory users, @Reference TenantLookup tenants,
            @Reference PermissionRegistry registry) {
        this.tenantScope = tenantScope;
        this.users = users;
        this.tenants = tenants;
        this.registry = registry;
    }

    @GET
    public Me me() {
        TenantContext caller = tenantScope.require();
        UserEntity user = users.byId(caller.userId()).orElseThrow(() -> new Unauthenticated("authentication.required"));
        TenantView tenant = TenantView.of(tenants.byId(caller.tenantId())
                .orElseThrow(() -> new Unauthenticated("authentication.required")));
        return new Me(UserView.of(user), new TenantSummary(tenant.id(), tenant.slug(), tenant.nameAr(), tenant.nameEn(),
                tenant.status(), caller.isPlatformOperator()), user.roles(), new java.util.TreeSet<>(caller.permissions()),
                caller.locale().getLanguage(), registry.navigation().stream()
                        .filter(entry -> entry.requiredPermission() == null || caller.hasPermission(entry.requiredPermission()))
                        .toList());
    }

    /**
     * The answer of {@code /me}; {@code navigation} is the menu of the modules that run, as far as the caller may use
     * them (a module the tenant turned off is absent, since its permissions are).
     */
    public record Me(UserView user, TenantSummary tenant, List<String> roles, Set<String> permissions, String locale,
            List<NavigationEntry> navigation) {
    }

    /** The caller's tenant. */
    public record TenantSummary(String id, String slug, String nameAr, String nameEn, String status, boolean operator) {
    }
}
