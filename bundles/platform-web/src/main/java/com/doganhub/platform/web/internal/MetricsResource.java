package com.doganhub.platform.web.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import com.doganhub.platform.api.JaxrsApplications;
import com.doganhub.platform.api.health.Readiness;

/**
 * {@code /metrics} in the Prometheus text format: process and JVM figures and one gauge per readiness check.
 * The monitoring issue replaces the hand-written exposition with Micrometer's registry behind the same path.
 */
@Component(service = MetricsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(JaxrsApplications.SELECT)
@Path("metrics")
public class MetricsResource {

    static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    private final ReadinessChecks checks;

    @Activate
    public MetricsResource(@Reference ReadinessChecks checks) {
        this.checks = checks;
    }

    @GET
    @Produces(PROMETHEUS_TEXT)
    public String scrape() {
        StringBuilder out = new StringBuilder(2048);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        gauge(out, "process_uptime_seconds", "Seconds since the JVM started.", "",
                ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0);
        gauge(out, "jvm_memory_used_bytes", "Used JVM memory by area.", "{area=\"heap\"}",
                memory.getHeapMemoryUsage().getUsed());
        line(out, "jvm_memory_used_bytes", "{area=\"nonheap\"}", memory.getNonHeapMemoryUsage().getUsed());
        gauge(out, "jvm_threads_live_threads", "Live JVM threads.", "", threads.getThreadCount());
        out.append("# HELP doganhub_readiness_up Whether a readiness check is ready (1) or not (0).\n")
                .append("# TYPE doganhub_readiness_up gauge\n");
        for (Readiness result : checks.evaluate()) {
            line(out, "doganhub_readiness_up", "{check=\"" + escape(result.name()) + "\"}", result.ready() ? 1 : 0);
        }
        return out.toString();
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
