package com.doganhub.billing.internal.plans;

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

import com.doganhub.billing.internal.BillingPermissions;
import com.doganhub.platform.api.JaxrsApplications;
import com.doganhub.platform.api.security.RequiresPermission;

/**
 * {@code GET /api/v1/billing/plans}: the plans on sale, as a tenant chooses among them (no Stripe ids).
 */
@Component(service = PlanResource.class)
@JaxrsResource
@JaxrsApplicationSelect(JaxrsApplications.SELECT)
@Path(JaxrsApplications.API_PATH + "/billing/plans")
@Produces(MediaType.APPLICATION_JSON)
public class PlanResource {

    private final Plans plans;

    @Activate
    public PlanResource(@Reference Plans plans) {
        this.plans = plans;
    }

    @GET
    @RequiresPermission(BillingPermissions.READ)
    public List<PlanView> onSale() {
        return plans.list(true).stream().map(plan -> PlanView.of(plan, false)).toList();
    }
}
