package com.doganhub.billing.internal.licenses;

import java.util.List;
import java.util.Map;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import com.doganhub.billing.api.LicenseInfo;
import com.doganhub.billing.internal.BillingPermissions;
import com.doganhub.billing.internal.checkout.Checkout;
import com.doganhub.integration.api.payments.HostedSession;
import com.doganhub.platform.api.JaxrsApplications;
import com.doganhub.platform.api.TenantContext;
import com.doganhub.platform.api.TenantScope;
import com.doganhub.platform.api.audit.AuditEvent;
import com.doganhub.platform.api.audit.AuditLog;
import com.doganhub.platform.api.error.ValidationFailed;
import com.doganhub.platform.api.security.RequiresPermission;

/**
 * The calling tenant's billing: {@code GET /license}, {@code GET /usage}, {@code POST /checkout}, {@code POST /portal},
 * {@code POST /license/verify}, {@code GET /config} (what the UI needs: the publishable key), all under
 * {@code /api/v1/billing}.
 */
@Component(service = LicenseResource.class)
@JaxrsResource
@JaxrsApplicationSelect(JaxrsApplications.SELECT)
@Path(JaxrsApplications.API_PATH + "/billing")
@Produces(MediaType.APPLICATION_JSON)
public class LicenseResource {

    private final Licensing licensing;
    private final Checkout checkout;
    private final TenantScope tenantScope;
    private final AuditLog audit;

    @Activate
    public LicenseResource(@Reference Licensing licensing, @Reference Checkout checkout,
            @Reference TenantScope tenantScope, @Reference AuditLog audit) {
        this.licensing = licensing;
        this.checkout = checkout;
        this.tenantScope = tenantScope;
        this.audit = audit;
    }

    /** The body of {@code POST /checkout}. */
    public record CheckoutRequest(String plan, String interval) {
    }

    /** The body of {@code POST /license/verify}. */
    public record KeyRequest(String key) {
    }

    @GET
    @Path("license")
    @RequiresPermission(BillingPermissions.READ)
    public LicenseView license() {
        TenantContext caller = tenantScope.require();
        return licensing.snapshot(caller.tenantId())
                .map(license -> LicenseView.of(license, licensing.state(license), licensing.grace()))
                .orElseThrow(() -> new NoLicense(caller.tenantSlug()));
    }

    @GET
    @Path("usage")
    @RequiresPermission(BillingPermissions.READ)
    public List<Licensing.QuotaUse> usage() {
        return licensing.usage(tenantScope.require().tenantId());
    }

    @GET
    @Path("config")
    @RequiresPermission(BillingPermissions.READ)
    public Map<String, Object> config() {
        var gateway = checkout.paymentsIfInstalled();
        boolean configured = gateway != null && gateway.configured();
        return Map.of("paymentsConfigured", configured, "publishableKey",
                configured ? gateway.publishableKey().orElse("") : "");
    }

    @POST
    @Path("checkout")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(BillingPermissions.MANAGE)
    public HostedSession checkout(CheckoutRequest request, @HeaderParam("Idempotency-Key") String idempotencyKey) {
        TenantContext caller = tenantScope.require();
        HostedSession session = checkout.checkout(caller, request == null ? null : request.plan(),
                request == null ? null : request.interval(), idempotencyKey);
        audit.record(AuditEvent.of("billing-checkout", session.id(), "open").with("plan", null, request.plan())
                .with("interval", null, request.interval()));
        return session;
    }

    @POST
    @Path("portal")
    @RequiresPermission(BillingPermissions.MANAGE)
    public HostedSession portal() {
        return checkout.portal(tenantScope.require());
    }

    @POST
    @Path("license/verify")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(BillingPermissions.READ)
    public LicenseInfo verify(KeyRequest request) {
        if (request == null || request.key() == null || request.key().isBlank()) {
            throw new ValidationFailed("key", "required");
        }
        try {
            return licensing.verify(request.key());
        } catch (IllegalArgumentException invalid) {
            throw new ValidationFailed("key", "license.key-invalid", invalid.getMessage());
        }
    }
}
