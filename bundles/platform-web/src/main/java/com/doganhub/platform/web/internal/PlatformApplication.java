package com.doganhub.platform.web.internal;

import javax.ws.rs.core.Application;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationBase;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

import com.doganhub.platform.api.JaxrsApplications;

/**
 * The platform's one JAX-RS application, at {@code /}: the versioned API under {@code /api/v1}, the runtime endpoints
 * {@code /health} and {@code /metrics}, and a problem+json 404 for every unknown path. Being at {@code /} it replaces
 * the whiteboard's default application. It requires its JSON provider, problem mapper and permission filter: without
 * any of them the whiteboard serves nothing rather than answers without permission checks or in another dialect.
 */
@Component(service = Application.class)
@JaxrsApplicationBase("/")
@JaxrsName(JaxrsApplications.NAME)
@JaxrsExtensionSelect({ "(osgi.jaxrs.name=" + JsonProvider.NAME + ")", "(osgi.jaxrs.name=" + ProblemExceptionMapper.NAME + ")",
        "(osgi.jaxrs.name=" + PermissionFilter.NAME + ")" })
public class PlatformApplication extends Application {
}
