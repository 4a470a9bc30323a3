package com.doganhub.billing.internal.licenses;

import java.util.List;
import java.util.Map;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import com.doganhub.billing.internal.BillingPermissions;
import com.doganhub.billing.internal.webhooks.WebhookEvents;
import com.doganhub.platform.api.JaxrsApplications;
import com.doganhub.platform.api.security.RequiresPermission;
import com.doganhub.platform.api.tenants.TenantSummary;

/**
 * {@code /api/v1/admin/billing} (operator): every tenant's license, manual grants, recent webhook events and the
 * public key that verifies license keys offline.
 */
@Component(service = AdminLicenseResource.class)
@JaxrsResource
@JaxrsApplicationSelect(JaxrsApplications.SELECT)
@Path(JaxrsApplications.API_PATH + "/admin/billing")
@Produces(MediaType.APPLICATION_JSON)
public class AdminLicenseResource {

    private final Licensing licensing;
    private final LicenseGrants grants;
    private final WebhookEvents events;

    @Activate
    public AdminLicenseResource(@Reference Licensing licensing, @Reference LicenseGrants grants,
            @Reference WebhookEvents events) {
        this.licensing = licensing;
        this.grants = grants;
        this.events = events;
    }

    @GET
    @Path("licenses")
    @RequiresPermission(BillingPermissions.OPERATE)
    public List<LicenseView> licenses() {
        return licensing.all().stream().map(license -> LicenseView.of(license, licensing.state(license),
                licensing.grace())).toList();
    }

    @GET
    @Path("licenses/{tenant}")
    @RequiresPermission(BillingPermissions.OPERATE)
    public LicenseView license(@PathParam("tenant") String slug) {
        TenantSummary tenant = grants.tenant(slug);
        return licensing.snapshot(tenant.id()).map(license -> LicenseView.of(license, licensing.state(license),
                licensing.grace())).orElseThrow(() -> new NoLicense(tenant.slug()));
    }

    @GET
    @Path("licenses/{tenant}/usage")
    @RequiresPermission(BillingPermissions.OPERATE)
    public List<Licensing.QuotaUse> usage(@PathParam("tenant") String slug) {
        return licensing.usage(grants.tenant(slug).id());
    }

    @POST
    @Path("licenses/{tenant}/grant")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(BillingPermissions.OPERATE)
    public LicenseView grant(@PathParam("tenant") String slug, LicenseGrants.Grant grant) {
        Licensing.Snapshot granted = grants.grant(slug, grant);
        return LicenseView.of(granted, licensing.state(granted), licensing.grace());
    }

    @GET
    @Path("events")
    @RequiresPermission(BillingPermissions.OPERATE)
    public List<WebhookEvents.EventView> events(@QueryParam("limit") Integer limit) {
        return events.recent(limit == null ? 50 : limit);
    }

    @GET
    @Path("public-key")
    @RequiresPermission(BillingPermissions.OPERATE)
    public Map<String, String> publicKey() {
        return Map.of("algorithm", "Ed25519", "pem", licensing.publicKeyPem());
    }
}
