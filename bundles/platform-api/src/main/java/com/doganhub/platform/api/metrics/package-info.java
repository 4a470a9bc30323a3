/**
 * Figures a bundle adds to {@code /metrics}: register a {@link com.doganhub.platform.api.metrics.MetricSource} service.
 */
@Export
@Version("1.1.0")
package com.doganhub.platform.api.metrics;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
