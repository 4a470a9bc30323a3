package com.doganhub.integration.storage.internal;

import java.io.InputStream;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.StreamingOutput;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import com.doganhub.integration.api.storage.StoredObject;
import com.doganhub.platform.api.JaxrsApplications;
import com.doganhub.platform.api.error.NotFound;

/**
 * {@code GET /api/v1/files/links/{token}}: serves an object to whoever holds a platform-signed link, without signing
 * in, until it expires. A tampered, foreign or expired token answers 404 like a missing object: a link reveals
 * nothing but its own object.
 */
@Component(service = FileLinkResource.class)
@JaxrsResource
@JaxrsApplicationSelect(JaxrsApplications.SELECT)
@Path(JaxrsApplications.API_PATH + "/files/links")
public class FileLinkResource {

    private final TenantStorageGateway gateway;

    @Activate
    public FileLinkResource(@Reference TenantStorageGateway gateway) {
        this.gateway = gateway;
    }

    @GET
    @Path("{token}")
    public Response read(@PathParam("token") String token) {
        TenantStorageGateway.Served served = gateway.serve(token).orElseThrow(() -> new NotFound("link", "-"));
        String key = served.grant().key();
        StoredObject object = served.store().stat(key).orElseThrow(() -> new NotFound("link", "-"));
        StreamingOutput body = out -> { // opened only when the body is written: a HEAD or a hang-up opens nothing
            try (InputStream in = served.store().read(key).orElseThrow(() -> new NotFound("link", "-"))) {
                in.transferTo(out);
            }
        };
        String name = key.substring(key.lastIndexOf('/') + 1);
        return Response.ok(body, object.contentType() == null ? "application/octet-stream" : object.contentType())
                .header("Content-Length", object.size())
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, max-age=0, no-store").build();
    }
}
