package com.doganhub.platform.web.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.service.jaxrs.runtime.dto.ApplicationDTO;
import org.osgi.service.jaxrs.runtime.dto.FailedResourceDTO;
import org.osgi.service.jaxrs.runtime.dto.RuntimeDTO;
import org.osgi.util.tracker.ServiceTracker;
import org.osgi.util.tracker.ServiceTrackerCustomizer;

import com.doganhub.platform.api.JaxrsApplications;
import com.doganhub.platform.api.health.Readiness;
import com.doganhub.platform.api.health.ReadinessCheck;

/**
 * Readiness check {@code api}: ready when every JAX-RS resource service registered for the platform's application
 * is served by it. The Aries whiteboard republishes the application for each resource that arrives, and requests
 * during a republish get 404; without this check {@code /health/ready} could answer 200 while the last modules'
 * resources (sign-in, for instance) were still being added at boot.
 */
@Component(service = ReadinessCheck.class)
public class ApiReadiness implements ReadinessCheck {

    static final String NAME = "api";
    // Extensions (filters, mappers) count too: each one that arrives republishes the application just like a resource.
    private static final String RESOURCES =
            "(&(|(osgi.jaxrs.resource=true)(osgi.jaxrs.extension=true))(osgi.jaxrs.application.select=*))";

    private final JaxrsServiceRuntime runtime;
    private final ServiceTracker<Object, ServiceReference<Object>> resources;

    @Activate
    public ApiReadiness(@Reference JaxrsServiceRuntime runtime, BundleContext context) throws InvalidSyntaxException {
        this.runtime = runtime;
        // Only the references are needed: getting the services would activate their components from here.
        this.resources = new ServiceTracker<>(context, context.createFilter(RESOURCES), new ReferencesOnly());
        this.resources.open(true);
    }

    @Deactivate
    void close() {
        resources.close();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Readiness check() {
        ServiceReference<Object>[] registered = resources.getServiceReferences();
        List<Long> ours = new ArrayList<>();
        if (registered != null) {
            for (ServiceReference<Object> reference : registered) {
                Object select = reference.getProperty("osgi.jaxrs.application.select");
                if (select != null && String.valueOf(select).contains(JaxrsApplications.SELECT)) {
                    ours.add((Long) reference.getProperty(Constants.SERVICE_ID));
                }
            }
        }
        return evaluate(ours, runtime.getRuntimeDTO());
    }

    static Readiness evaluate(List<Long> registered, RuntimeDTO dto) {
        ApplicationDTO application = Arrays.stream(dto.applicationDTOs)
                .filter(candidate -> JaxrsApplications.NAME.equals(candidate.name)).findFirst().orElse(null);
        if (application == null) {
            return Readiness.notReady(NAME, "the JAX-RS application '" + JaxrsApplications.NAME + "' is not published");
        }
        Set<Long> served = Arrays.stream(application.resourceDTOs).map(resource -> resource.serviceId)
                .collect(Collectors.toSet());
        if (application.extensionDTOs != null) {
            Arrays.stream(application.extensionDTOs).forEach(extension -> served.add(extension.serviceId));
        }
        Set<Long> failed = Arrays.stream(dto.failedResourceDTOs).map(resource -> resource.serviceId)
                .collect(Collectors.toSet());
        List<String> refused = new ArrayList<>(Arrays.stream(dto.failedResourceDTOs)
                .filter(resource -> registered.contains(resource.serviceId)).map(ApiReadiness::describe).toList());
        if (dto.failedExtensionDTOs != null) {
            for (org.osgi.service.jaxrs.runtime.dto.FailedExtensionDTO extension : dto.failedExtensionDTOs) {
                failed.add(extension.serviceId);
                if (registered.contains(extension.serviceId)) {
                    refused.add((extension.name == null ? "service " + extension.serviceId : extension.name)
                            + " (reason " + extension.failureReason + ")");
                }
            }
        }
        List<Long> waiting = registered.stream().filter(id -> !served.contains(id) && !failed.contains(id)).toList();
        if (!refused.isEmpty()) {
            return Readiness.notReady(NAME, "resources refused by the whiteboard: " + String.join("; ", refused));
        }
        if (!waiting.isEmpty()) {
            return Readiness.notReady(NAME, waiting.size() + " resource(s) or extension(s) not served yet");
        }
        return Readiness.ready(NAME, served.size() + " resource(s) served");
    }

    /** Tracks services without getting them. */
    static final class ReferencesOnly implements ServiceTrackerCustomizer<Object, ServiceReference<Object>> {
        @Override
        public ServiceReference<Object> addingService(ServiceReference<Object> reference) {
            return reference;
        }

        @Override
        public void modifiedService(ServiceReference<Object> reference, ServiceReference<Object> tracked) {
            // the properties are read from the reference when needed
        }

        @Override
        public void removedService(ServiceReference<Object> reference, ServiceReference<Object> tracked) {
            // nothing held
        }
    }

    private static String describe(FailedResourceDTO failed) {
        return (failed.name == null ? "service " + failed.serviceId : failed.name) + " (reason " + failed.failureReason + ")";
    }
}
