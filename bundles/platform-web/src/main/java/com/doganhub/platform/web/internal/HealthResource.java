package com.doganhub.platform.web.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.CacheControl;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.osgi.service.metatype.annotations.Designate;

import com.doganhub.platform.api.JaxrsApplications;
import com.doganhub.platform.api.health.Readiness;

/**
 * {@code /health}: the process answers. {@code /health/ready}: every required readiness check is registered and
 * ready, and no other registered check is failing; otherwise 503 with the reasons.
 */
@Component(service = HealthResource.class, configurationPid = RuntimeSettings.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = RuntimeSettings.class)
@JaxrsResource
@JaxrsApplicationSelect(JaxrsApplications.SELECT)
@Path("health")
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

    private static final CacheControl NO_STORE = CacheControl.valueOf("no-store");

    private final ReadinessChecks checks;
    private volatile List<String> required;

    @Activate
    public HealthResource(@Reference ReadinessChecks checks, RuntimeSettings settings) {
        this.checks = checks;
        modified(settings);
    }

    @Modified
    void modified(RuntimeSettings settings) {
        // A .cfg file gives "database,migrations" as one string; metatype gives an array: accept both.
        required = Arrays.stream(settings.readiness_required())
                .flatMap(value -> Arrays.stream(value.split(",")))
                .map(String::strip).filter(name -> !name.isEmpty()).distinct().toList();
    }

    /** Liveness: answers as long as the HTTP stack and this bundle run. */
    @GET
    public Response live() {
        return Response.ok(Map.of("status", "UP")).cacheControl(NO_STORE).build();
    }

    @GET
    @Path("ready")
    public Response ready() {
        ReadinessReport report = evaluate(required, checks.evaluate());
        return Response.status(report.ready() ? 200 : 503).entity(report.body()).cacheControl(NO_STORE).build();
    }

    /** The readiness verdict and the body that explains it. */
    record ReadinessReport(boolean ready, Map<String, Object> body) {
    }

    static ReadinessReport evaluate(List<String> required, List<Readiness> registered) {
        List<Readiness> results = new ArrayList<>(registered);
        for (String name : required) {
            if (results.stream().noneMatch(result -> result.name().equals(name))) {
                results.add(Readiness.notReady(name, "no '" + name + "' check is registered (is its bundle running?)"));
            }
        }
        results.sort(Comparator.comparing(Readiness::name));
        boolean ready = results.stream().allMatch(Readiness::ready);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", ready ? "UP" : "DOWN");
        body.put("checks", results);
        return new ReadinessReport(ready, body);
    }
}
