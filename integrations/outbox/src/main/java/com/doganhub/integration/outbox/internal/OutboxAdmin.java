package com.doganhub.integration.outbox.internal;

import java.time.Clock;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What the shell commands do with the outbox; the shell has no signed-in user, so changes go to the log. */
@Component(service = OutboxAdmin.class)
public class OutboxAdmin {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxAdmin.class);

    private final OutboxStore store;
    private final Clock clock = Clock.systemUTC();

    @Activate
    public OutboxAdmin(@Reference OutboxStore store) {
        this.store = store;
    }

    public List<OutboxResource.EntryView> list(String status, String tenantId, int limit) {
        return store.list(OutboxFilter.parse(status), tenantId, null, Math.max(1, Math.min(limit, 100))).stream()
                .map(OutboxResource.EntryView::of).toList();
    }

    public String summary() {
        OutboxResource.StatsView stats = OutboxResource.StatsView.of(store.counts(), clock);
        return "queued " + stats.queued() + " (retrying " + stats.retrying() + "), sending " + stats.sending()
                + ", sent " + stats.sent() + ", dead " + stats.dead()
                + (stats.oldestUnsentAgeSeconds() == null ? "" : ", oldest unsent " + stats.oldestUnsentAgeSeconds() + " s");
    }

    public boolean retry(String id) {
        boolean retried = store.retry(id, clock.instant());
        if (retried) {
            LOG.info("Outbox message {} queued again from the shell", id);
        }
        return retried;
    }

    public int retryDead(String tenantId) {
        int retried = store.retryDead(tenantId, clock.instant());
        LOG.info("{} dead outbox message(s) queued again from the shell", retried);
        return retried;
    }
}
