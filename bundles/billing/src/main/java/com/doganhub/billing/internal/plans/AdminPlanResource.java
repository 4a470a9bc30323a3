package com.doganhub.billing.internal.plans;

import java.util.List;

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

import com.doganhub.billing.internal.BillingPermissions;
import com.doganhub.platform.api.JaxrsApplications;
import com.doganhub.platform.api.security.RequiresPermission;

/**
 * {@code /api/v1/admin/billing/plans} (operator): the catalogue of plans; {@code PUT /{id}} creates or replaces one.
 */
@Component(service = AdminPlanResource.class)
@JaxrsResource
@JaxrsApplicationSelect(JaxrsApplications.SELECT)
@Path(JaxrsApplications.API_PATH + "/admin/billing/plans")
@Produces(MediaType.APPLICATION_JSON)
public class AdminPlanResource {

    private final Plans plans;

    @Activate
    public AdminPlanResource(@Reference Plans plans) {
        this.plans = plans;
    }

    @GET
    @RequiresPermission(BillingPermissions.OPERATE)
    public List<PlanView> all() {
        return plans.list(false).stream().map(plan -> PlanView.of(plan, true)).toList();
    }

    @GET
    @Path("{id}")
    @RequiresPermission(BillingPermissions.OPERATE)
    public PlanView one(@PathParam("id") String id) {
        return PlanView.of(plans.require(id), true);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(BillingPermissions.OPERATE)
    public PlanView save(@PathParam("id") String id, PlanRequest request) {
        return PlanView.of(plans.save(id, request), true);
    }
}
