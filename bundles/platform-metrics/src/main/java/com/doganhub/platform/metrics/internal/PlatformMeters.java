package com.doganhub.platform.metrics.internal;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.doganhub.platform.api.metrics.MetricsExposition;

import io.micrometer.core.instrument.Clock;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import io.micrometer.datadog.DatadogConfig;
import io.micrometer.datadog.DatadogMeterRegistry;
import io.micrometer.newrelic.NewRelicConfig;
import io.micrometer.newrelic.NewRelicMeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/**
 * The platform's Micrometer registries: Prometheus always (its text is {@code /metrics}), Datadog and New Relic
 * when their keys are set (pushed every {@code stepSeconds}, and once more when the bundle stops). A configuration
 * change re-creates them.
 */
@Component(service = { PlatformMeters.class, MetricsExposition.class, com.doganhub.platform.api.metrics.MetricRecorder.class }, configurationPid = MetricsSettings.PID)
@Designate(ocd = MetricsSettings.class)
public class PlatformMeters implements MetricsExposition, com.doganhub.platform.api.metrics.MetricRecorder {

    private static final Logger LOG = LoggerFactory.getLogger(PlatformMeters.class);

    private final CompositeMeterRegistry registry = new CompositeMeterRegistry();
    private final PrometheusMeterRegistry prometheus = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics gc = new JvmGcMetrics();
    private final java.util.List<MeterRegistry> pushed = new java.util.ArrayList<>();
    private final java.util.List<com.doganhub.platform.api.metrics.MetricSource> sources =
            new java.util.concurrent.CopyOnWriteArrayList<>();
    private final Map<String, java.util.concurrent.atomic.AtomicReference<Double>> bridged =
            new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.concurrent.ScheduledExecutorService bridge =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "doganhub-metrics-bridge");
                thread.setDaemon(true);
                return thread;
            });

    @Activate
    public PlatformMeters(MetricsSettings settings) {
        registry.add(prometheus);
        String datadogKey = value(settings.datadogApiKey());
        if (datadogKey != null) {
            pushed.add(datadog(datadogKey, settings.datadogUri(), Duration.ofSeconds(settings.stepSeconds())));
            LOG.info("Metrics are pushed to Datadog ({}) every {} s", settings.datadogUri(), settings.stepSeconds());
        }
        String newRelicKey = value(settings.newRelicApiKey());
        String account = value(settings.newRelicAccountId());
        if (newRelicKey != null && account != null) {
            pushed.add(newRelic(newRelicKey, account, settings.newRelicUri(), Duration.ofSeconds(settings.stepSeconds())));
            LOG.info("Metrics are pushed to New Relic ({}) every {} s", settings.newRelicUri(), settings.stepSeconds());
        }
        pushed.forEach(registry::add);
        registry.config().commonTags("application", "doganhub");
        if (!pushed.isEmpty()) {
            // The MetricSource figures (outbox, integration statuses, pool) are already in /metrics as text; the push
            // registries get them as gauges, refreshed a little more often than they publish.
            long every = Math.max(5, settings.stepSeconds() / 4);
            bridge.scheduleWithFixedDelay(this::refreshBridged, 1, every, java.util.concurrent.TimeUnit.SECONDS);
        }
        new JvmMemoryMetrics().bindTo(registry);
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
    }

    static DatadogMeterRegistry datadog(String apiKey, String uri, Duration step) {
        Map<String, String> values = new HashMap<>();
        values.put("datadog.apiKey", apiKey);
        values.put("datadog.uri", uri);
        values.put("datadog.step", step.toString());
        values.put("datadog.descriptions", "false"); // metadata updates need an application key we do not ask for
        DatadogConfig config = values::get;
        return new DatadogMeterRegistry(config, Clock.SYSTEM);
    }

    static NewRelicMeterRegistry newRelic(String apiKey, String accountId, String uri, Duration step) {
        Map<String, String> values = new HashMap<>();
        values.put("newrelic.apiKey", apiKey);
        values.put("newrelic.accountId", accountId);
        values.put("newrelic.uri", uri);
        values.put("newrelic.step", step.toString());
        NewRelicConfig config = values::get;
        return new NewRelicMeterRegistry(config, Clock.SYSTEM);
    }

    @org.osgi.service.component.annotations.Reference(
            cardinality = org.osgi.service.component.annotations.ReferenceCardinality.MULTIPLE,
            policy = org.osgi.service.component.annotations.ReferencePolicy.DYNAMIC)
    void addSource(com.doganhub.platform.api.metrics.MetricSource source) {
        sources.add(source);
    }

    void removeSource(com.doganhub.platform.api.metrics.MetricSource source) {
        sources.remove(source);
    }

    /** Reads every MetricSource and hands its samples to the push registries (never to Prometheus: no duplicates). */
    void refreshBridged() {
        for (com.doganhub.platform.api.metrics.MetricSource source : sources) {
            java.util.List<com.doganhub.platform.api.metrics.Metric> metrics;
            try {
                metrics = source.metrics();
            } catch (RuntimeException failed) {
                continue;
            }
            for (com.doganhub.platform.api.metrics.Metric metric : metrics) {
                String key = metric.name() + metric.labels();
                java.util.concurrent.atomic.AtomicReference<Double> value = bridged.get(key);
                if (value == null) {
                    java.util.concurrent.atomic.AtomicReference<Double> created =
                            new java.util.concurrent.atomic.AtomicReference<>(metric.value());
                    value = bridged.putIfAbsent(key, created);
                    if (value == null) {
                        value = created;
                        for (MeterRegistry push : pushed) {
                            register(push, metric, created);
                        }
                    }
                }
                value.set(metric.value());
            }
        }
    }

    private static void register(MeterRegistry push, com.doganhub.platform.api.metrics.Metric metric,
            java.util.concurrent.atomic.AtomicReference<Double> value) {
        java.util.List<io.micrometer.core.instrument.Tag> tags = new java.util.ArrayList<>();
        metric.labels().forEach((name, tag) -> tags.add(io.micrometer.core.instrument.Tag.of(name, tag)));
        if ("counter".equals(metric.type())) {
            io.micrometer.core.instrument.FunctionCounter.builder(metric.name(), value, AtomicReferenceValue::of)
                    .description(metric.help()).tags(tags).register(push);
        } else {
            io.micrometer.core.instrument.Gauge.builder(metric.name(), value, AtomicReferenceValue::of)
                    .description(metric.help()).tags(tags).register(push);
        }
    }

    /** The function Micrometer polls for a bridged sample. */
    private static final class AtomicReferenceValue {
        static double of(java.util.concurrent.atomic.AtomicReference<Double> value) {
            Double current = value.get();
            return current == null ? Double.NaN : current;
        }
    }

    @Deactivate
    void close() {
        bridge.shutdownNow();
        if (!pushed.isEmpty()) {
            refreshBridged(); // the last push carries current figures
        }
        gc.close();
        registry.close(); // push registries send what they have one last time
        prometheus.close();
    }

    @Override
    public String prometheusText() {
        return prometheus.scrape();
    }

    MeterRegistry registry() {
        return registry;
    }

    @Override
    public void time(String name, Map<String, String> tags, Duration duration) {
        Timer.Builder timer = Timer.builder(name).publishPercentileHistogram();
        tags.forEach(timer::tag);
        timer.register(registry).record(duration);
    }

    /** One answered HTTP request: a histogram per method, route template and status. */
    void recordRequest(String method, String route, int status, long nanos) {
        Timer.builder("http.server.requests").description("HTTP requests the API answered")
                .tag("method", method).tag("route", route).tag("status", String.valueOf(status))
                .tag("outcome", status < 400 ? "SUCCESS" : status < 500 ? "CLIENT_ERROR" : "SERVER_ERROR")
                .publishPercentileHistogram().register(registry).record(nanos, TimeUnit.NANOSECONDS);
    }

    private static String value(String configured) {
        return configured == null || configured.isBlank() || configured.startsWith("${env:") ? null : configured.strip();
    }
}
