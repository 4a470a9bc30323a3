package com.doganhub.crm.internal.companies;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import javax.persistence.TypedQuery;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
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

import com.doganhub.crm.internal.CrmPermissions;
import com.doganhub.crm.internal.attachments.CrmAttachments;
import com.doganhub.crm.internal.Inputs;
import com.doganhub.crm.internal.CrmStore;
import com.doganhub.crm.internal.SearchText;
import com.doganhub.platform.api.JaxrsApplications;
import com.doganhub.platform.api.Page;
import com.doganhub.platform.api.audit.AuditEvent;
import com.doganhub.platform.api.audit.AuditLog;
import com.doganhub.platform.api.error.Conflict;
import com.doganhub.platform.api.error.NotFound;
import com.doganhub.platform.api.security.RequiresPermission;

/** {@code /api/v1/crm/companies}: companies, searchable by name (Arabic or Latin, folded), VAT and CR number. */
@Component(service = CompanyResource.class)
@JaxrsResource
@JaxrsApplicationSelect(JaxrsApplications.SELECT)
@Path(JaxrsApplications.API_PATH + "/crm/companies")
@Produces(MediaType.APPLICATION_JSON)
public class CompanyResource {

    private final CrmStore store;
    private final AuditLog audit;
    private final CrmAttachments attachments;

    @Activate
    public CompanyResource(@Reference CrmStore store, @Reference AuditLog audit, @Reference CrmAttachments attachments) {
        this.store = store;
        this.audit = audit;
        this.attachments = attachments;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(CrmPermissions.CONTACTS_WRITE)
    public Response create(CompanyRequest request) {
        CompanyRequest.Valid valid = Inputs.body(request).validate();
        CompanyEntity company = store.inTransaction(em -> {
            CompanyEntity created = new CompanyEntity(UUID.randomUUID().toString(), store.now());
            created.apply(valid, store.now());
            em.persist(created);
            audit.record(AuditEvent.of("company", created.id(), "create").with("name", null, created.displayName()));
            return created;
        });
        return Response.created(URI.create(JaxrsApplications.API_PATH + "/crm/companies/" + company.id()))
                .entity(CompanyView.of(company)).build();
    }

    @GET
    @RequiresPermission(CrmPermissions.CONTACTS_READ)
    public Page<CompanyView> list(@QueryParam("q") String q, @QueryParam("limit") String limitParameter,
            @QueryParam("cursor") String cursor) {
        int limit = Page.limit(limitParameter);
        String folded = SearchText.fold(q);
        List<CompanyEntity> rows = store.inTransaction(em -> {
            StringBuilder jpql = new StringBuilder("select c from CompanyEntity c where 1 = 1");
            if (!folded.isEmpty()) {
                jpql.append(" and c.searchText like :q escape '!'");
            }
            if (cursor != null && !cursor.isBlank()) {
                jpql.append(" and c.id > :cursor");
            }
            TypedQuery<CompanyEntity> query = em.createQuery(jpql.append(" order by c.id").toString(), CompanyEntity.class);
            if (!folded.isEmpty()) {
                query.setParameter("q", SearchText.containing(folded));
            }
            if (cursor != null && !cursor.isBlank()) {
                query.setParameter("cursor", cursor);
            }
            return query.setMaxResults(limit + 1).getResultList();
        });
        return Page.of(rows, limit, CompanyView::of, CompanyEntity::id);
    }

    @GET
    @Path("{id}")
    @RequiresPermission(CrmPermissions.CONTACTS_READ)
    public CompanyView get(@PathParam("id") String id) {
        return CompanyView.of(store.inTransaction(em -> find(em, id)));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(CrmPermissions.CONTACTS_WRITE)
    public CompanyView replace(@PathParam("id") String id, CompanyRequest request) {
        CompanyRequest.Valid valid = Inputs.body(request).validate();
        return CompanyView.of(store.inTransaction(em -> {
            CompanyEntity company = find(em, id);
            company.apply(valid, store.now());
            audit.record(AuditEvent.of("company", id, "update").with("name", null, company.displayName()));
            return company;
        }));
    }

    @DELETE
    @Path("{id}")
    @RequiresPermission(CrmPermissions.CONTACTS_WRITE)
    public Response delete(@PathParam("id") String id) {
        store.inTransaction(em -> {
            CompanyEntity company = find(em, id);
            long people = em.createQuery("select count(c) from ContactEntity c where c.companyId = :id", Long.class)
                    .setParameter("id", id).getSingleResult();
            long deals = em.createQuery("select count(d) from DealEntity d where d.companyId = :id", Long.class)
                    .setParameter("id", id).getSingleResult();
            if (people + deals > 0) {
                throw new Conflict("crm.company-in-use", people, deals);
            }
            em.remove(company);
            audit.record(AuditEvent.of("company", id, "delete").with("name", company.displayName(), null));
            return null;
        });
        attachments.removeAll(CrmAttachments.COMPANY, id);
        return Response.noContent().build();
    }

    static CompanyEntity find(javax.persistence.EntityManager em, String id) {
        CompanyEntity company = id == null ? null : em.find(CompanyEntity.class, id);
        if (company == null) {
            throw new NotFound("company", id);
        }
        return company;
    }

}
