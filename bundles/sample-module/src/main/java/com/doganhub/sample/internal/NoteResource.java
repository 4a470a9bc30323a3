package com.doganhub.sample.internal;

import java.net.URI;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import javax.persistence.TypedQuery;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import com.doganhub.platform.api.JaxrsApplications;
import com.doganhub.platform.api.Money;
import com.doganhub.platform.api.TenantScope;
import com.doganhub.platform.api.error.Forbidden;
import com.doganhub.platform.api.error.NotFound;
import com.doganhub.platform.api.error.ValidationFailed;
import com.doganhub.platform.persistence.api.SchemaReady;
import com.doganhub.platform.persistence.api.TenantJpa;

/**
 * {@code /api/v1/sample/notes}. Every query runs through {@link TenantJpa}, so a note of another tenant is simply
 * not there (404), whatever id the caller copies.
 */
@Component(service = NoteResource.class)
@JaxrsResource
@JaxrsApplicationSelect(JaxrsApplications.SELECT)
@Path(JaxrsApplications.API_PATH + "/sample/notes")
@Produces(MediaType.APPLICATION_JSON)
public class NoteResource {

    static final int MAX_PAGE = 100;

    private final JpaTemplate jpa;
    private final TenantJpa tenantJpa;
    private final TenantScope tenantScope;

    @Activate
    public NoteResource(@Reference(target = "(osgi.unit.name=doganhub-sample)") JpaTemplate jpa,
            @Reference TenantJpa tenantJpa, @Reference TenantScope tenantScope,
            @Reference(target = "(" + SchemaReady.BUNDLE + "=doganhub-sample-module)") SchemaReady schema) {
        this.jpa = jpa;
        this.tenantJpa = tenantJpa;
        this.tenantScope = tenantScope;
    }

    /** Who may do what is settled before the input is looked at: an anonymous caller learns nothing. */
    private void require(String permission) {
        if (!tenantScope.require().hasPermission(permission)) {
            throw new Forbidden(permission);
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(NoteRequest request) {
        require(SampleModule.WRITE);
        Money amount = NoteValidator.validate(request);
        NoteEntity note = new NoteEntity(UUID.randomUUID().toString(), request.title().strip(), amount.amount(),
                amount.currency(), request.dueDate(), LocalDateTime.now(ZoneOffset.UTC).withNano(0));
        tenantJpa.inTransaction(jpa, em -> {
            em.persist(note);
            return note;
        });
        return Response.created(URI.create(JaxrsApplications.API_PATH + "/sample/notes/" + note.id())).entity(NoteView.of(note)).build();
    }

    @GET
    public NotePage list(@QueryParam("limit") @DefaultValue("20") String limitParameter, @QueryParam("cursor") String cursor) {
        require(SampleModule.READ);
        int limit = pageSize(limitParameter);
        List<NoteEntity> rows = tenantJpa.inTransaction(jpa, em -> {
            TypedQuery<NoteEntity> query = cursor == null || cursor.isBlank()
                    ? em.createQuery("select n from NoteEntity n order by n.id", NoteEntity.class)
                    : em.createQuery("select n from NoteEntity n where n.id > :cursor order by n.id", NoteEntity.class)
                            .setParameter("cursor", cursor);
            return query.setMaxResults(limit + 1).getResultList();
        });
        boolean more = rows.size() > limit;
        List<NoteView> items = rows.stream().limit(limit).map(NoteView::of).toList();
        return new NotePage(items, more ? items.get(items.size() - 1).id() : null);
    }

    @GET
    @Path("{id}")
    public NoteView get(@PathParam("id") String id) {
        require(SampleModule.READ);
        return NoteView.of(find(id));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id) {
        require(SampleModule.WRITE);
        boolean removed = tenantJpa.inTransaction(jpa, em -> {
            NoteEntity note = em.find(NoteEntity.class, id);
            if (note == null) {
                return false;
            }
            em.remove(note);
            return true;
        });
        if (!removed) {
            throw new NotFound("note", id);
        }
        return Response.noContent().build();
    }

    /** Parsed here rather than by JAX-RS, which answers a non-numeric query parameter with a bare 404. */
    static int pageSize(String parameter) {
        try {
            int limit = Integer.parseInt(parameter.strip());
            if (limit >= 1 && limit <= MAX_PAGE) {
                return limit;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        throw new ValidationFailed("limit", "invalid-value", "limit");
    }

    private NoteEntity find(String id) {
        NoteEntity note = tenantJpa.inTransaction(jpa, em -> em.find(NoteEntity.class, id));
        if (note == null) {
            throw new NotFound("note", id);
        }
        return note;
    }
}
