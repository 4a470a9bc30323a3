package com.doganhub.platform.api.metrics;

import org.osgi.annotation.versioning.ProviderType;

/**
 * A metrics registry's own Prometheus text (Micrometer's: JVM, HTTP request timings, histograms), which
 * {@code /metrics} serves first, before the readiness gauges and the {@link MetricSource} figures.
 */
@ProviderType
public interface MetricsExposition {

    /** The registry's samples in the Prometheus text format 0.0.4; every name unique across the exposition. */
    String prometheusText();
}
