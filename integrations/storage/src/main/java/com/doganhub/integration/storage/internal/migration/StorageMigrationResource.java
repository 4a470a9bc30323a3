package com.doganhub.integration.storage.internal.migration;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import com.doganhub.platform.api.JaxrsApplications;
import com.doganhub.platform.api.error.Conflict;
import com.doganhub.platform.api.error.NotFound;
import com.doganhub.platform.api.error.ValidationFailed;
import com.doganhub.platform.api.security.RequiresPermission;

/**
 * {@code /api/v1/admin/storage/migrations}: the operator starts {@code doganhub:storage-migrate} over REST and follows
 * it. {@code POST {"from":"local","to":"s3"}} answers 202 at once; {@code GET .../latest} shows progress and, once
 * finished, the report. Running it again resumes from the journal.
 */
@Component(service = StorageMigrationResource.class)
@JaxrsResource
@JaxrsApplicationSelect(JaxrsApplications.SELECT)
@Path(JaxrsApplications.API_PATH + "/admin/storage/migrations")
@Produces(MediaType.APPLICATION_JSON)
public class StorageMigrationResource {

    /** The request: provider names as {@code doganhub:provider-list} shows them. */
    public record MigrationRequest(String from, String to) {
    }

    private final StorageMigrations migrations;

    @Activate
    public StorageMigrationResource(@Reference StorageMigrations migrations) {
        this.migrations = migrations;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission("platform.provider.write")
    public Response start(MigrationRequest request) {
        if (request == null) {
            throw new ValidationFailed("body", "required");
        }
        for (String[] field : new String[][] { { "from", request.from() }, { "to", request.to() } }) {
            if (field[1] == null || field[1].isBlank()) {
                throw new ValidationFailed(field[0], "required");
            }
            if (!migrations.installedNames().contains(field[1])) {
                throw new ValidationFailed(field[0], "storage.migration.unknown-provider", field[1],
                        String.join(", ", migrations.installedNames()));
            }
        }
        if (request.from().equals(request.to())) {
            throw new ValidationFailed("to", "storage.migration.same-provider");
        }
        try {
            return Response.accepted(migrations.start(request.from(), request.to())).build();
        } catch (IllegalStateException running) {
            throw new Conflict("storage.migration.running");
        } catch (IllegalArgumentException raced) {
            throw new ValidationFailed("from", "storage.migration.unknown-provider", request.from(),
                    String.join(", ", migrations.installedNames()));
        }
    }

    @GET
    @Path("latest")
    @RequiresPermission("platform.provider.read")
    public StorageMigrations.Run latest() {
        return migrations.latest().orElseThrow(() -> new NotFound("storage-migration", "latest"));
    }
}
