package com.doganhub.platform.web.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import com.doganhub.platform.api.JaxrsApplications;
import com.doganhub.platform.api.health.Readiness;
import com.doganhub.platform.api.metrics.Metric;
import com.doganhub.platform.api.metrics.MetricSource;

/**
 * {@code /metrics} in the Prometheus text format: process and JVM figures, one gauge per readiness check, and
 * whatever {@link MetricSource} services other bundles register (a source that fails is skipped, not fatal).
 * With the metrics bundle running, Micrometer's registry (JVM, HTTP requests) comes first and replaces the few JVM
 * figures written here otherwise.
 */
@Component(service = MetricsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(JaxrsApplications.SELECT)
@Path("metrics")
public class MetricsResource {

    static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    private final ReadinessChecks checks;
    private final List<MetricSource> sources = new CopyOnWriteArrayList<>();

    @Activate
    public MetricsResource(@Reference ReadinessChecks checks) {
        this.checks = checks;
    }

    private volatile com.doganhub.platform.api.metrics.MetricsExposition registry;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void setRegistry(com.doganhub.platform.api.metrics.MetricsExposition exposition) {
        this.registry = exposition;
    }

    void unsetRegistry(com.doganhub.platform.api.metrics.MetricsExposition exposition) {
        if (registry == exposition) {
            registry = null;
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addSource(MetricSource source) {
        sources.add(source);
    }

    void removeSource(MetricSource source) {
        sources.remove(source);
    }

    @GET
    @Produces(PROMETHEUS_TEXT)
    public String scrape() {
        StringBuilder out = new StringBuilder(2048);
        com.doganhub.platform.api.metrics.MetricsExposition micrometer = registry;
        String exposed = null;
        if (micrometer != null) {
            try {
                exposed = micrometer.prometheusText();
            } catch (RuntimeException failed) {
                exposed = null; // the registry's bundle is going away: fall back to the figures below
            }
        }
        if (exposed != null) {
            out.append(exposed);
        } else {
            // Without the metrics bundle: the few JVM figures Micrometer would otherwise give, under its names.
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            gauge(out, "process_uptime_seconds", "Seconds since the JVM started.", "",
                    ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0);
            gauge(out, "jvm_memory_used_bytes", "Used JVM memory by area.", "{area=\"heap\"}",
                    memory.getHeapMemoryUsage().getUsed());
            line(out, "jvm_memory_used_bytes", "{area=\"nonheap\"}", memory.getNonHeapMemoryUsage().getUsed());
            gauge(out, "jvm_threads_live_threads", "Live JVM threads.", "", threads.getThreadCount());
        }
        out.append("# HELP doganhub_readiness_up Whether a readiness check is ready (1) or not (0).\n")
                .append("# TYPE doganhub_readiness_up gauge\n");
        for (Readiness result : checks.evaluate()) {
            line(out, "doganhub_readiness_up", "{check=\"" + escape(result.name()) + "\"}", result.ready() ? 1 : 0);
        }
        Set<String> described = new HashSet<>();
        for (MetricSource source : sources) {
            List<Metric> metrics;
            try {
                metrics = source.metrics();
            } catch (RuntimeException failed) {
                // One bundle's broken figures must not take the scrape down, but they must not vanish unexplained.
                org.slf4j.LoggerFactory.getLogger(MetricsResource.class).warn("Metric source {} failed: {}",
                        source.getClass().getName(), com.doganhub.platform.api.SecretMask.scrub(String.valueOf(failed)));
                continue;
            }
            for (Metric metric : metrics) {
                if (described.add(metric.name())) {
                    out.append("# HELP ").append(metric.name()).append(' ').append(metric.help()).append('\n')
                            .append("# TYPE ").append(metric.name()).append(' ').append(metric.type()).append('\n');
                }
                line(out, metric.name(), labels(metric.labels()), metric.value());
            }
        }
        return out.toString();
    }

    private static String labels(Map<String, String> labels) {
        if (labels.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder("{");
        new TreeMap<>(labels).forEach((name, value) -> text.append(text.length() > 1 ? "," : "").append(name)
                .append("=\"").append(escape(value)).append('"'));
        return text.append('}').toString();
    }

    private static void gauge(StringBuilder out, String name, String help, String labels, double value) {
        out.append("# HELP ").append(name).append(' ').append(help).append('\n')
                .append("# TYPE ").append(name).append(" gauge\n");
        line(out, name, labels, value);
    }

    private static void line(StringBuilder out, String name, String labels, double value) {
        out.append(name).append(labels).append(' ').append(format(value)).append('\n');
    }

    private static String format(double value) {
        return value == Math.rint(value) && !Double.isInfinite(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    private static String escape(String label) {
        return label.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}
