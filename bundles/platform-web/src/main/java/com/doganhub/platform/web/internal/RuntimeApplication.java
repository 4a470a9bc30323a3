package com.doganhub.platform.web.internal;

import javax.ws.rs.core.Application;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationBase;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

import com.doganhub.platform.api.JaxrsApplications;

/**
 * Root endpoints outside the versioned API ({@code /health}, {@code /metrics}). Being based at {@code /}, it also
 * answers every unknown path with a problem+json 404 instead of the servlet container's HTML page.
 */
@Component(service = Application.class)
@JaxrsApplicationBase("/")
@JaxrsName(JaxrsApplications.RUNTIME)
public class RuntimeApplication extends Application {
}
