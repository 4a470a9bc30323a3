package com.doganhub.zatca.internal.devices;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
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

import com.doganhub.platform.api.JaxrsApplications;
import com.doganhub.platform.api.error.FieldError;
import com.doganhub.platform.api.error.ValidationFailed;
import com.doganhub.platform.api.security.RequiresPermission;
import com.doganhub.zatca.internal.ZatcaPermissions;
import com.doganhub.zatca.internal.onboarding.EgsUnit;

/**
 * {@code /api/v1/zatca/devices}: the tenant's e-invoicing devices and their onboarding, step by step — create (keys
 * and CSR), {@code compliance-csid} (with the portal's OTP), {@code compliance-checks}, {@code production-csid},
 * then {@code renewal} before the certificate expires, and {@code activate} to switch devices.
 */
@Component(service = DeviceResource.class)
@JaxrsResource
@JaxrsApplicationSelect(JaxrsApplications.SELECT)
@Path(JaxrsApplications.API_PATH + "/zatca/devices")
@Produces(MediaType.APPLICATION_JSON)
public class DeviceResource {

    private final Devices devices;
    private final ComplianceChecks checks;

    @Activate
    public DeviceResource(@Reference Devices devices, @Reference ComplianceChecks checks) {
        this.devices = devices;
        this.checks = checks;
    }

    /** What a new device is: the fields of its CSR, as ZATCA's onboarding guide names them. */
    public record DeviceRequest(String name, String environment, String commonName, String organizationName,
            String organizationUnit, String vatNumber, String serialNumber, String invoiceTypes, String location,
            String industry) {
    }

    public record OtpRequest(String otp) {
    }

    @GET
    @RequiresPermission(ZatcaPermissions.DEVICES_READ)
    public List<DeviceView> list() {
        return devices.list();
    }

    @GET
    @Path("{id}")
    @RequiresPermission(ZatcaPermissions.DEVICES_READ)
    public DeviceView get(@PathParam("id") String id) {
        return devices.view(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(ZatcaPermissions.DEVICES_MANAGE)
    public Response create(DeviceRequest request) {
        if (request == null) {
            throw new ValidationFailed("$", "required");
        }
        DeviceView created = devices.create(request.name(), new EgsUnit(request.commonName(), request.organizationName(),
                request.organizationUnit(), request.vatNumber(), request.serialNumber(),
                request.invoiceTypes() == null ? "1100" : request.invoiceTypes(), request.location(), request.industry(),
                environment(request.environment())));
        return Response.created(URI.create(JaxrsApplications.API_PATH + "/zatca/devices/" + created.id()))
                .entity(created).build();
    }

    @POST
    @Path("{id}/compliance-csid")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(ZatcaPermissions.DEVICES_MANAGE)
    public DeviceView complianceCsid(@PathParam("id") String id, OtpRequest request) {
        return devices.requestComplianceCsid(id, request == null ? null : request.otp());
    }

    @POST
    @Path("{id}/compliance-checks")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(ZatcaPermissions.DEVICES_MANAGE)
    public DeviceView complianceChecks(@PathParam("id") String id, ComplianceChecks.SampleSeller seller) {
        return checks.run(id, seller);
    }

    @POST
    @Path("{id}/production-csid")
    @RequiresPermission(ZatcaPermissions.DEVICES_MANAGE)
    public DeviceView productionCsid(@PathParam("id") String id) {
        return devices.requestProductionCsid(id);
    }

    @POST
    @Path("{id}/renewal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(ZatcaPermissions.DEVICES_MANAGE)
    public DeviceView renew(@PathParam("id") String id, OtpRequest request) {
        return devices.renew(id, request == null ? null : request.otp());
    }

    @POST
    @Path("{id}/activate")
    @RequiresPermission(ZatcaPermissions.DEVICES_MANAGE)
    public DeviceView activate(@PathParam("id") String id) {
        return devices.activate(id);
    }

    private static EgsUnit.Environment environment(String value) {
        if (value == null || value.isBlank()) {
            return EgsUnit.Environment.SANDBOX;
        }
        try {
            return EgsUnit.Environment.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new ValidationFailed(List.of(FieldError.of("environment", "zatca.environment", value)));
        }
    }
}
