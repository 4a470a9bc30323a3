package com.doganhub.notifications.internal;

import java.util.List;
import java.util.Locale;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import com.doganhub.notifications.api.NotificationTemplates;
import com.doganhub.notifications.api.RenderedEmail;
import com.doganhub.platform.api.JaxrsApplications;
import com.doganhub.platform.api.error.NotFound;
import com.doganhub.platform.api.security.RequiresPermission;

/** {@code /api/v1/admin/notifications/templates}: the operator lists the templates and previews any of them. */
@Component(service = NotificationResource.class)
@JaxrsResource
@JaxrsApplicationSelect(JaxrsApplications.SELECT)
@Path(JaxrsApplications.API_PATH + "/admin/notifications/templates")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {

    static final String READ = "platform.provider.read";

    private final NotificationTemplates templates;

    @Activate
    public NotificationResource(@Reference NotificationTemplates templates) {
        this.templates = templates;
    }

    @GET
    @RequiresPermission(READ)
    public List<NotificationTemplates.TemplateInfo> list() {
        return templates.templates();
    }

    /** The template rendered with its sample values and the platform brand; {@code locale} {@code ar} or {@code en}. */
    @GET
    @Path("{id}/preview")
    @RequiresPermission(READ)
    public RenderedEmail preview(@PathParam("id") String id, @QueryParam("locale") String locale) {
        if (templates.templates().stream().noneMatch(template -> template.id().equals(id))) {
            throw new NotFound("template", id);
        }
        return templates.preview(id, Locale.forLanguageTag(locale == null || locale.isBlank() ? "en" : locale.strip()));
    }
}
