package com.doganhub.integration.outbox.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;

import javax.ws.rs.GET;
import javax.ws.rs.POST;
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

import com.doganhub.platform.api.JaxrsApplications;
import com.doganhub.platform.api.Page;
import com.doganhub.platform.api.audit.AuditEvent;
import com.doganhub.platform.api.audit.AuditLog;
import com.doganhub.platform.api.error.Conflict;
import com.doganhub.platform.api.error.NotFound;
import com.doganhub.platform.api.security.RequiresPermission;

/**
 * {@code /api/v1/admin/outbox}: the operator lists outgoing messages of every tenant (no bodies, no attachments),
 * sees the queue's figures and puts dead letters back in the queue.
 */
@Component(service = OutboxResource.class)
@JaxrsResource
@JaxrsApplicationSelect(JaxrsApplications.SELECT)
@Path(JaxrsApplications.API_PATH + "/admin/outbox")
@Produces(MediaType.APPLICATION_JSON)
public class OutboxResource {

    static final String READ = "platform.outbox.read";
    static final String WRITE = "platform.outbox.write";

    private final OutboxStore store;
    private final AuditLog audit;
    private final Clock clock = Clock.systemUTC();

    @Activate
    public OutboxResource(@Reference OutboxStore store, @Reference AuditLog audit) {
        this.store = store;
        this.audit = audit;
    }

    @GET
    @RequiresPermission(READ)
    public Page<EntryView> list(@QueryParam("status") String status, @QueryParam("tenant") String tenantId,
            @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        int size = Page.limit(limit);
        return Page.of(store.list(OutboxFilter.parse(status), blankToNull(tenantId), blankToNull(cursor), size + 1), size,
                EntryView::of, OutboxEntryEntity::id);
    }

    @GET
    @Path("stats")
    @RequiresPermission(READ)
    public StatsView stats() {
        OutboxStore.Counts counts = store.counts();
        return StatsView.of(counts, clock);
    }

    @GET
    @Path("{id}")
    @RequiresPermission(READ)
    public EntryView get(@PathParam("id") String id) {
        return EntryView.of(store.find(id).orElseThrow(() -> new NotFound("outbox", id)));
    }

    @POST
    @Path("{id}/retry")
    @RequiresPermission(WRITE)
    public EntryView retry(@PathParam("id") String id) {
        OutboxEntryEntity entry = store.find(id).orElseThrow(() -> new NotFound("outbox", id));
        if (!store.retry(id, clock.instant())) {
            throw new Conflict("outbox.not-retryable", entry.status().name());
        }
        audit.record(AuditEvent.of("outbox", id, "retry").with("status", entry.status().name(), "QUEUED"));
        return EntryView.of(store.find(id).orElseThrow(() -> new NotFound("outbox", id)));
    }

    @POST
    @Path("retry-dead")
    @RequiresPermission(WRITE)
    public Map<String, Integer> retryDead(@QueryParam("tenant") String tenantId) {
        int retried = store.retryDead(blankToNull(tenantId), clock.instant());
        audit.record(AuditEvent.of("outbox", tenantId == null ? "*" : tenantId, "retry-dead")
                .with("retried", null, String.valueOf(retried)));
        return Map.of("retried", retried);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** One outgoing message as the operator sees it: who and what, never the body. */
    public record EntryView(String id, String tenantId, String tenantSlug, String kind, String messageId,
            String recipients, String subject, String status, int attempts, LocalDateTime createdAt,
            LocalDateTime nextAttemptAt, LocalDateTime finishedAt, String provider, String providerMessageId,
            String lastError) {

        static EntryView of(OutboxEntryEntity entry) {
            return new EntryView(entry.id(), entry.tenantId(), entry.tenantSlug(), entry.kind(),
                    "<" + entry.messageId() + ">", entry.recipients(), entry.subject(), entry.status().name(),
                    entry.attempts(), entry.createdAt(), entry.status() == OutboxStatus.QUEUED ? entry.nextAttemptAt()
                            : null, entry.finishedAt(), entry.provider(), entry.providerMessageId(), entry.lastError());
        }
    }

    /** The queue's figures. */
    public record StatsView(long queued, long sending, long sent, long dead, long retrying, Long oldestUnsentAgeSeconds) {

        static StatsView of(OutboxStore.Counts counts, Clock clock) {
            return new StatsView(counts.byStatus().get(OutboxStatus.QUEUED), counts.byStatus().get(OutboxStatus.SENDING),
                    counts.byStatus().get(OutboxStatus.SENT), counts.byStatus().get(OutboxStatus.DEAD), counts.retrying(),
                    counts.oldestUnsent() == null ? null
                            : Math.max(0, clock.instant().getEpochSecond() - counts.oldestUnsent().getEpochSecond()));
        }
    }
}
