package com.doganhub.integration.outbox.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.doganhub.platform.api.metrics.Metric;
import com.doganhub.platform.api.metrics.MetricSource;

/** The outbox on {@code /metrics}: rows per status, retrying rows, age of the oldest unsent row, this node's sends. */
@Component(service = MetricSource.class)
public class OutboxMetrics implements MetricSource {

    private final OutboxStore store;
    private final OutboxDispatcher dispatcher;
    private final Clock clock = Clock.systemUTC();

    @Activate
    public OutboxMetrics(@Reference OutboxStore store, @Reference OutboxDispatcher dispatcher) {
        this.store = store;
        this.dispatcher = dispatcher;
    }

    @Override
    public List<Metric> metrics() {
        OutboxResource.StatsView stats = OutboxResource.StatsView.of(store.counts(), clock);
        List<Metric> metrics = new ArrayList<>();
        String rows = "doganhub_outbox_messages";
        String help = "Outbox rows by status (sent rows are kept 7 days).";
        metrics.add(Metric.gauge(rows, help, Map.of("status", "queued"), stats.queued()));
        metrics.add(Metric.gauge(rows, help, Map.of("status", "sending"), stats.sending()));
        metrics.add(Metric.gauge(rows, help, Map.of("status", "sent"), stats.sent()));
        metrics.add(Metric.gauge(rows, help, Map.of("status", "dead"), stats.dead()));
        metrics.add(Metric.gauge("doganhub_outbox_retrying", "Queued rows that failed at least once.", Map.of(),
                stats.retrying()));
        metrics.add(Metric.gauge("doganhub_outbox_oldest_unsent_age_seconds",
                "Age of the oldest queued or sending row; 0 when none.", Map.of(),
                stats.oldestUnsentAgeSeconds() == null ? 0 : stats.oldestUnsentAgeSeconds()));
        long[] counters = dispatcher.counters();
        metrics.add(Metric.counter("doganhub_outbox_sent_total", "Messages a provider accepted, by this node since it started.",
                Map.of(), counters[0]));
        metrics.add(Metric.counter("doganhub_outbox_failed_attempts_total",
                "Attempts on which no provider of the chain took the message, by this node.", Map.of(), counters[1]));
        metrics.add(Metric.counter("doganhub_outbox_dead_total", "Messages dead-lettered by this node.", Map.of(),
                counters[2]));
        metrics.add(Metric.counter("doganhub_outbox_unconfirmed_total",
                "Hand-overs that got no answer (the provider may have taken the message), by this node.", Map.of(),
                counters[3]));
        return metrics;
    }
}
