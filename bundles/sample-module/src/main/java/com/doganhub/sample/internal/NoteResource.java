package com.doganhub.sample.internal;

import java.net.URI;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import javax.persistence.TypedQuery;
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

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import com.doganhub.platform.api.JaxrsApplications;
import com.doganhub.platform.api.Money;
import com.doganhub.platform.api.Page;
import com.doganhub.platform.api.audit.AuditEvent;
import com.doganhub.platform.api.audit.AuditLog;
import com.doganhub.platform.api.error.NotFound;
import com.doganhub.platform.api.security.RequiresPermission;
import com.doganhub.platform.persistence.api.SchemaReady;
import com.doganhub.platform.persistence.api.TenantJpa;

/**
 * {@code /api/v1/sample/notes}. Every query runs through {@link TenantJpa}, so a note of another tenant is simply
 * not there (404), whatever id the caller copies. {@link RequiresPermission} settles who may call a method before
 * its input is read; every write is recorded in the audit log within its own transaction.
 */
@Component(service = NoteResource.class)
@JaxrsResource
@JaxrsApplicationSelect(JaxrsApplications.SELECT)
@Path(JaxrsApplications.API_PATH + "/sample/notes")
@Produces(MediaType.APPLICATION_JSON)
public class NoteResource {

    private final JpaTemplate jpa;
    private final TenantJpa tenantJpa;
    private final AuditLog audit;

    @Activate
    public NoteResource(@Reference(target = "(osgi.unit.name=doganhub-sample)") JpaTemplate jpa,
            @Reference TenantJpa tenantJpa, @Reference AuditLog audit,
            @Reference(target = "(" + SchemaReady.BUNDLE + "=doganhub-sample-module)") SchemaReady schema) {
        this.jpa = jpa;
        this.tenantJpa = tenantJpa;
        this.audit = audit;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(SampleModule.WRITE)
    public Response create(NoteRequest request) {
        Money amount = NoteValidator.validate(request);
        NoteEntity note = new NoteEntity(UUID.randomUUID().toString(), request.title().strip(), amount.amount(),
                amount.currency(), request.dueDate(), LocalDateTime.now(ZoneOffset.UTC).withNano(0));
        tenantJpa.inTransaction(jpa, em -> {
            em.persist(note);
            audit.record(AuditEvent.of("note", note.id(), "create").with("title", null, note.title())
                    .with("amount", null, amount.amount().toPlainString() + " " + amount.currency()));
            return note;
        });
        return Response.created(URI.create(JaxrsApplications.API_PATH + "/sample/notes/" + note.id())).entity(NoteView.of(note)).build();
    }

    @GET
    @RequiresPermission(SampleModule.READ)
    public Page<NoteView> list(@QueryParam("limit") String limitParameter, @QueryParam("cursor") String cursor) {
        int limit = Page.limit(limitParameter);
        List<NoteEntity> rows = tenantJpa.inTransaction(jpa, em -> {
            TypedQuery<NoteEntity> query = cursor == null || cursor.isBlank()
                    ? em.createQuery("select n from NoteEntity n order by n.id", NoteEntity.class)
                    : em.createQuery("select n from NoteEntity n where n.id > :cursor order by n.id", NoteEntity.class)
                            .setParameter("cursor", cursor);
            return query.setMaxResults(limit + 1).getResultList();
        });
        return Page.of(rows, limit, NoteView::of, NoteEntity::id);
    }

    @GET
    @Path("{id}")
    @RequiresPermission(SampleModule.READ)
    public NoteView get(@PathParam("id") String id) {
        return NoteView.of(find(id));
    }

    @DELETE
    @Path("{id}")
    @RequiresPermission(SampleModule.WRITE)
    public Response delete(@PathParam("id") String id) {
        boolean removed = tenantJpa.inTransaction(jpa, em -> {
            NoteEntity note = em.find(NoteEntity.class, id);
            if (note == null) {
                return false;
            }
            em.remove(note);
            audit.record(AuditEvent.of("note", id, "delete").with("title", note.title(), null));
            return true;
        });
        if (!removed) {
            throw new NotFound("note", id);
        }
        return Response.noContent().build();
    }

    private NoteEntity find(String id) {
        NoteEntity note = tenantJpa.inTransaction(jpa, em -> em.find(NoteEntity.class, id));
        if (note == null) {
            throw new NotFound("note", id);
        }
        return note;
    }
}
