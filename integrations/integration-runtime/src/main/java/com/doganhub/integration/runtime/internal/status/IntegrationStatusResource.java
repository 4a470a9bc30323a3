package com.doganhub.integration.runtime.internal.status;

import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import com.doganhub.platform.api.JaxrsApplications;
import com.doganhub.platform.api.error.ValidationFailed;
import com.doganhub.platform.api.security.RequiresPermission;

/**
 * {@code /api/v1/admin/integrations}: the production-readiness report, computed on each request, as JSON or
 * ({@code ?format=markdown}) as the Markdown document operators used to write by hand.
 */
@Component(service = IntegrationStatusResource.class)
@JaxrsResource
@JaxrsApplicationSelect(JaxrsApplications.SELECT)
@Path(JaxrsApplications.API_PATH + "/admin/integrations")
public class IntegrationStatusResource {

    static final String READ = "platform.provider.read";
    static final String MARKDOWN = "text/markdown; charset=UTF-8";

    private final IntegrationStatusService status;

    @Activate
    public IntegrationStatusResource(@Reference IntegrationStatusService status) {
        this.status = status;
    }

    @GET
    @RequiresPermission(READ)
    @Produces({ MediaType.APPLICATION_JSON, "text/markdown" })
    public Response report(@QueryParam("format") String format) {
        return answer(format);
    }

    /** Runs the live checks now (they change nothing), then answers the report. */
    @POST
    @Path("check")
    @RequiresPermission(READ)
    @Produces({ MediaType.APPLICATION_JSON, "text/markdown" })
    public Response checkNow(@QueryParam("format") String format) throws InterruptedException {
        status.checkNow();
        return answer(format);
    }

    private Response answer(String format) {
        if (format == null || format.equals("json")) {
            return Response.ok(status.report(), MediaType.APPLICATION_JSON_TYPE).build();
        }
        if (format.equals("markdown")) {
            return Response.ok(MarkdownReport.render(status.report()), MARKDOWN).build();
        }
        throw new ValidationFailed("format", "invalid-value", "format");
    }
}
