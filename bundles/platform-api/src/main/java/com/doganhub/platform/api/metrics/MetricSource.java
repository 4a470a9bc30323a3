package com.doganhub.platform.api.metrics;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A bundle's figures for {@code /metrics} (Prometheus text). Read at every scrape, so keep it cheap: a count query
 * at most. Names start with {@code doganhub_}.
 */
@ConsumerType
public interface MetricSource {

    List<Metric> metrics();
}
