package com.doganhub.integration.storage.internal.files;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.StreamingOutput;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import com.doganhub.integration.api.storage.PresignedLink;
import com.doganhub.integration.api.storage.StorageUnavailable;
import com.doganhub.platform.api.JaxrsApplications;
import com.doganhub.platform.api.Page;
import com.doganhub.platform.api.error.NotFound;
import com.doganhub.platform.api.error.ServiceUnavailable;
import com.doganhub.platform.api.error.ValidationFailed;
import com.doganhub.platform.api.security.RequiresPermission;

/**
 * {@code /api/v1/files}: upload (multipart, field {@code file}, optional {@code entityType}, {@code entityId}),
 * metadata, content, links and deletion, all within the caller's tenant. The request body is read straight from the
 * servlet stream, so a file goes to storage as it arrives.
 */
@Component(service = FileResource.class)
@JaxrsResource
@JaxrsApplicationSelect(JaxrsApplications.SELECT)
@Path(JaxrsApplications.API_PATH + "/files")
@Produces(MediaType.APPLICATION_JSON)
public class FileResource {

    private final FileService files;

    @Activate
    public FileResource(@Reference FileService files) {
        this.files = files;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RequiresPermission(FilesModule.WRITE)
    public Response upload(@Context HttpServletRequest request) throws IOException {
        files.checkDeclaredLength(request.getContentLengthLong());
        MultipartReader reader;
        try {
            reader = new MultipartReader(files.limitedRequest(request.getInputStream()), request.getContentType());
        } catch (IllegalArgumentException noBoundary) {
            throw new ValidationFailed("file", "file.multipart");
        }
        String entityType = null;
        String entityId = null;
        FileEntity uploaded = null;
        try {
            for (MultipartReader.Part part = reader.next(); part != null; part = reader.next()) {
                switch (part.name()) {
                    case "entityType" -> entityType = field(part.content());
                    case "entityId" -> entityId = field(part.content());
                    case "file" -> {
                        if (uploaded != null) {
                            throw new ValidationFailed("file", "file.multipart");
                        }
                        files.checkAttachable(entityType, entityId); // when the fields came first, refuse before storing
                        uploaded = files.upload(part.fileName(), part.content(), null, null);
                    }
                    default -> field(part.content()); // unknown fields are read past, not stored
                }
            }
        } catch (IOException | RuntimeException failed) {
            if (uploaded != null) {
                files.delete(uploaded.id()); // a refused request leaves nothing stored and nothing counted
            }
            throw files.translated(failed);
        }
        if (uploaded == null) {
            throw new ValidationFailed("file", "required");
        }
        if (entityType != null || entityId != null) {
            uploaded = files.attach(uploaded.id(), entityType, entityId);
        }
        return Response.status(Response.Status.CREATED).entity(FileView.of(uploaded)).build();
    }

    @GET
    @RequiresPermission(FilesModule.READ)
    public Page<FileView> list(@QueryParam("entityType") String entityType, @QueryParam("entityId") String entityId,
            @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        int size = Page.limit(limit);
        return Page.of(files.list(blank(entityType), blank(entityId), blank(cursor), size + 1), size, FileView::of,
                FileEntity::id);
    }

    @GET
    @Path("{id}")
    @RequiresPermission(FilesModule.READ)
    public FileView get(@PathParam("id") String id) {
        return FileView.of(file(id));
    }

    @GET
    @Path("{id}/content")
    @RequiresPermission(FilesModule.READ)
    public Response content(@PathParam("id") String id) {
        FileEntity file = file(id);
        StreamingOutput body = out -> { // opened only when the body is written: a HEAD or a hang-up opens nothing
            try (InputStream content = files.storage().open(file.storageKey()).orElseThrow(() -> new NotFound("file", id))) {
                content.transferTo(out);
            }
        };
        return Response.ok(body, file.contentType()).header("Content-Length", file.size())
                .header("Content-Disposition", "attachment; filename*=UTF-8''"
                        + URLEncoder.encode(file.name(), StandardCharsets.UTF_8).replace("+", "%20"))
                .header("X-Content-Type-Options", "nosniff").build();
    }

    @GET
    @Path("{id}/link")
    @RequiresPermission(FilesModule.READ)
    public LinkView link(@PathParam("id") String id, @QueryParam("ttl") String ttl) {
        FileEntity file = file(id);
        long seconds;
        try {
            seconds = ttl == null || ttl.isBlank() ? 900 : Long.parseLong(ttl.strip());
        } catch (NumberFormatException notANumber) {
            throw new ValidationFailed("ttl", "invalid-value", "ttl");
        }
        if (seconds < 1) {
            throw new ValidationFailed("ttl", "invalid-value", "ttl");
        }
        try {
            PresignedLink link = files.storage().link(file.storageKey(), Duration.ofSeconds(seconds));
            return new LinkView(link.url().toString(), link.expiresAt());
        } catch (StorageUnavailable down) {
            throw new ServiceUnavailable("storage.unavailable");
        }
    }

    @DELETE
    @Path("{id}")
    @RequiresPermission(FilesModule.WRITE)
    public Response delete(@PathParam("id") String id) {
        if (!files.remove(id)) {
            throw new NotFound("file", id);
        }
        return Response.noContent().build();
    }

    private FileEntity file(String id) {
        return files.find(id).orElseThrow(() -> new NotFound("file", id));
    }

    private static String field(InputStream content) throws IOException {
        byte[] value = content.readNBytes(257);
        content.transferTo(OutputStreamSink.INSTANCE);
        return value.length > 256 ? "\u0000" : new String(value, StandardCharsets.UTF_8).strip();
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A file as the API shows it. */
    public record FileView(String id, String name, long size, String contentType, String sha256, String entityType,
            String entityId, LocalDateTime createdAt) {
        static FileView of(FileEntity file) {
            return new FileView(file.id(), file.name(), file.size(), file.contentType(), file.sha256(), file.entityType(),
                    file.entityId(), file.createdAt());
        }
    }

    /** A time-limited link. */
    public record LinkView(String url, Instant expiresAt) {
    }

    /** Discards what a too-long field holds beyond its first bytes. */
    private static final class OutputStreamSink extends java.io.OutputStream {
        static final OutputStreamSink INSTANCE = new OutputStreamSink();

        @Override
        public void write(int b) {
            // discarded
        }

        @Override
        public void write(byte[] b, int off, int len) {
            // discarded
        }
    }
}
