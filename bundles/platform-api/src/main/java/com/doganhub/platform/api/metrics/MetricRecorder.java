package com.doganhub.platform.api.metrics;

import java.time.Duration;
import java.util.Map;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Times events into the platform's metrics registry (Micrometer, when its bundle runs): a histogram per name and
 * tag set, exported at {@code /metrics} and to Datadog or New Relic. Tags must have few values (a provider name, an
 * outcome), never ids. Use it through an optional reference: without the metrics bundle nothing is recorded.
 */
@ProviderType
public interface MetricRecorder {

    /** Provider calls: tags {@code capability}, {@code provider}, {@code operation}, {@code outcome}. */
    String PROVIDER_CALLS = "doganhub.provider.calls";

    void time(String name, Map<String, String> tags, Duration duration);
}
