package com.doganhub.integration.email.local;

import java.io.IOException;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Reads the local provider's index for the shell. */
@Component(service = LocalOutboxIndex.class)
public class LocalOutboxIndex {

    private final LocalOutboxRoute route;

    @Activate
    public LocalOutboxIndex(@Reference LocalOutboxRoute route) {
        this.route = route;
    }

    /** A line of the index, as the shell shows it. */
    public record Entry(String time, String tenant, String recipients, String subject, String messageId, String file) {
    }

    public List<Entry> newest(String tenantSlug, int limit) throws IOException {
        List<LocalOutboxWriter.IndexEntry> all = route.writer().list(tenantSlug);
        return all.subList(Math.max(0, all.size() - Math.max(1, limit)), all.size()).stream()
                .map(line -> new Entry(line.time(), line.tenant(), line.recipients(), line.subject(), line.messageId(),
                        line.file()))
                .toList();
    }
}
