package com.doganhub.sample.inventory.internal;

import java.net.URI;
import java.time.LocalDateTime;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
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
import com.doganhub.platform.api.Page;
import com.doganhub.platform.api.error.ValidationFailed;
import com.doganhub.platform.api.security.RequiresPermission;

/**
 * {@code /api/v1/inventory/items}. {@link RequiresPermission} settles who may call before the body is read; bad
 * input is a 422 problem naming the field, another tenant's id a 404.
 */
@Component(service = ItemResource.class)
@JaxrsResource
@JaxrsApplicationSelect(JaxrsApplications.SELECT)
@Path(JaxrsApplications.API_PATH + "/inventory/items")
@Produces(MediaType.APPLICATION_JSON)
public class ItemResource {

    private final ItemStore items;

    @Activate
    public ItemResource(@Reference ItemStore items) {
        this.items = items;
    }

    /** An item as the API shows it. */
    public record ItemView(String id, String name, int quantity, LocalDateTime createdAt) {
        static ItemView of(ItemEntity item) {
            return new ItemView(item.id(), item.name(), item.quantity(), item.createdAt());
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(ModuleDescriptor.WRITE)
    public Response create(ItemRequest request) {
        if (request == null) {
            throw new ValidationFailed("$", "required");
        }
        ItemEntity item = items.create(request);
        return Response.created(URI.create(JaxrsApplications.API_PATH + "/inventory/items/" + item.id()))
                .entity(ItemView.of(item)).build();
    }

    @GET
    @RequiresPermission(ModuleDescriptor.READ)
    public Page<ItemView> list(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        int size = Page.limit(limit);
        return Page.of(items.list(cursor == null || cursor.isBlank() ? null : cursor, size), size, ItemView::of,
                ItemEntity::id);
    }

    @GET
    @Path("{id}")
    @RequiresPermission(ModuleDescriptor.READ)
    public ItemView get(@PathParam("id") String id) {
        return ItemView.of(items.find(id));
    }

    @DELETE
    @Path("{id}")
    @RequiresPermission(ModuleDescriptor.WRITE)
    public Response delete(@PathParam("id") String id) {
        items.delete(id);
        return Response.noContent().build();
    }
}
