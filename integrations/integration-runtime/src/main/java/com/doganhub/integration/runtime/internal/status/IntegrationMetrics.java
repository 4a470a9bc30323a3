package com.doganhub.integration.runtime.internal.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.doganhub.integration.api.IntegrationStatus;
import com.doganhub.platform.api.metrics.Metric;
import com.doganhub.platform.api.metrics.MetricSource;

/**
 * {@code doganhub_integration_status{integration,category,priority,status}}: 1 for each integration's current status
 * and 0 for the others (alert on {@code doganhub_integration_status{status="FAILING"} == 1}), and the configured
 * share per category.
 */
@Component(service = MetricSource.class)
public class IntegrationMetrics implements MetricSource {

    private final IntegrationStatusService status;

    @Activate
    public IntegrationMetrics(@Reference IntegrationStatusService status) {
        this.status = status;
    }

    @Override
    public List<Metric> metrics() {
        StatusReport report = status.report();
        List<Metric> metrics = new ArrayList<>();
        for (StatusReport.Entry entry : report.integrations()) {
            for (IntegrationStatus candidate : IntegrationStatus.values()) {
                metrics.add(Metric.gauge("doganhub_integration_status",
                        "1 for the integration's current status, 0 for the others",
                        Map.of("integration", entry.id(), "category", entry.category(), "priority", entry.priority(),
                                "status", candidate.name()),
                        candidate.name().equals(entry.status()) ? 1 : 0));
            }
        }
        for (StatusReport.CategorySummary category : report.summary()) {
            metrics.add(Metric.gauge("doganhub_integration_configured_ratio",
                    "Share of a category's integrations that are configured (0 to 1)",
                    Map.of("category", category.category(), "priority", category.priority()),
                    category.total() == 0 ? 0 : (double) category.configured() / category.total()));
        }
        return metrics;
    }
}
