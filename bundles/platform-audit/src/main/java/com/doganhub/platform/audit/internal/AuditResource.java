package com.doganhub.platform.audit.internal;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import javax.persistence.TypedQuery;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import com.doganhub.platform.api.JaxrsApplications;
import com.doganhub.platform.api.Page;
import com.doganhub.platform.api.error.NotFound;
import com.doganhub.platform.api.security.RequiresPermission;
import com.doganhub.platform.persistence.api.SchemaReady;
import com.doganhub.platform.persistence.api.TenantJpa;

/**
 * {@code GET /api/v1/audit?entity=&entityId=&userId=&action=&from=&to=&limit=&cursor=}, newest first. Read-only by
 * design: the resource has no PUT, PATCH or DELETE, and the entity has no setters.
 */
@Component(service = AuditResource.class)
@JaxrsResource
@JaxrsApplicationSelect(JaxrsApplications.SELECT)
@Path(JaxrsApplications.API_PATH + "/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    static final String READ = "core.audit.read";

    private final JpaTemplate jpa;
    private final TenantJpa tenantJpa;

    @Activate
    public AuditResource(@Reference(target = JpaAuditLog.UNIT_FILTER) JpaTemplate jpa, @Reference TenantJpa tenantJpa,
            @Reference(target = "(" + SchemaReady.BUNDLE + "=doganhub-platform-audit)") SchemaReady schema) {
        this.jpa = jpa;
        this.tenantJpa = tenantJpa;
    }

    @GET
    @RequiresPermission(READ)
    public Page<AuditEntryView> list(@QueryParam("entity") String entity, @QueryParam("entityId") String entityId,
            @QueryParam("userId") String userId, @QueryParam("action") String action, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("limit") String limitParameter, @QueryParam("cursor") String cursor) {
        AuditFilter filter = AuditFilter.parse(entity, entityId, userId, action, from, to, cursor);
        int limit = Page.limit(limitParameter);
        List<AuditEntryEntity> rows = tenantJpa.inTransaction(jpa, em -> {
            List<String> conditions = filter.parameters().keySet().stream().map(AuditFilter.CONDITIONS::get)
                    .filter(Objects::nonNull).toList();
            String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
            TypedQuery<AuditEntryEntity> query = em.createQuery("select e from AuditEntryEntity e" + where
                    + " order by e.occurredAt desc, e.id desc", AuditEntryEntity.class);
            for (Map.Entry<String, Object> parameter : filter.parameters().entrySet()) {
                query.setParameter(parameter.getKey(), parameter.getValue());
            }
            return query.setMaxResults(limit + 1).getResultList();
        });
        return Page.of(rows, limit, AuditEntryView::of, AuditFilter::cursorOf);
    }

    @GET
    @Path("{id}")
    @RequiresPermission(READ)
    public AuditEntryView get(@PathParam("id") String id) {
        AuditEntryEntity entry = tenantJpa.inTransaction(jpa, em -> em.find(AuditEntryEntity.class, id));
        if (entry == null) {
            throw new NotFound("audit-entry", id);
        }
        return AuditEntryView.of(entry);
    }
}
