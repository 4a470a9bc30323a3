package com.doganhub.platform.web.internal;

import javax.ws.rs.core.Application;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationBase;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

import com.doganhub.platform.api.JaxrsApplications;

/** The versioned public API: module resources join it by selecting {@link JaxrsApplications#API_SELECT}. */
@Component(service = Application.class)
@JaxrsApplicationBase("api/v1")
@JaxrsName(JaxrsApplications.API)
public class ApiApplication extends Application {
}
