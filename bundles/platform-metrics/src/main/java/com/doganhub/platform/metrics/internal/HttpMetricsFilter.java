package com.doganhub.platform.metrics.internal;

import java.lang.reflect.Method;

import javax.ws.rs.Path;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

import com.doganhub.platform.api.JaxrsApplications;

/**
 * Times every request of the platform's JAX-RS application by method, route template (never the raw path: ids
 * would explode the series) and status. Unmatched paths are counted as {@code UNMATCHED}.
 */
@Component(service = { ContainerRequestFilter.class, ContainerResponseFilter.class })
@JaxrsExtension
@JaxrsName("doganhub.http-metrics")
@JaxrsApplicationSelect(JaxrsApplications.SELECT)
@PreMatching
public class HttpMetricsFilter implements ContainerRequestFilter, ContainerResponseFilter {

    private static final String STARTED = HttpMetricsFilter.class.getName() + ".started";

    private final PlatformMeters meters;

    @Context
    private ResourceInfo resource;

    @Activate
    public HttpMetricsFilter(@Reference PlatformMeters meters) {
        this.meters = meters;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(STARTED, System.nanoTime());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object started = request.getProperty(STARTED);
        if (started instanceof Long start) {
            meters.recordRequest(request.getMethod(), route(), response.getStatus(), System.nanoTime() - start);
        }
    }

    private String route() {
        Class<?> type = resource == null ? null : resource.getResourceClass();
        if (type == null) {
            return "UNMATCHED";
        }
        Method method = resource.getResourceMethod();
        return template(type.getAnnotation(Path.class), method == null ? null : method.getAnnotation(Path.class));
    }

    static String template(Path type, Path method) {
        StringBuilder route = new StringBuilder();
        for (Path path : new Path[] { type, method }) {
            if (path != null && !path.value().isBlank()) {
                String value = path.value().strip();
                route.append('/').append(value.startsWith("/") ? value.substring(1) : value);
            }
        }
        String template = route.toString().replaceAll("/+", "/");
        return template.endsWith("/") && template.length() > 1 ? template.substring(0, template.length() - 1)
                : template.isEmpty() ? "/" : template;
    }
}
