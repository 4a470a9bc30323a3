package com.doganhub.platform.api.metrics;

import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One sample. Samples of one name must share help and type; they differ by labels.
 *
 * @param type {@code gauge} or {@code counter}
 */
public record Metric(String name, String help, String type, Map<String, String> labels, double value) {

    private static final Pattern NAME = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");

    public Metric {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a metric name: " + name);
        }
        Objects.requireNonNull(help, "help");
        if (!"gauge".equals(type) && !"counter".equals(type)) {
            throw new IllegalArgumentException("type must be gauge or counter");
        }
        labels = labels == null ? Map.of() : Map.copyOf(labels);
        labels.keySet().forEach(label -> {
            if (!NAME.matcher(label).matches()) {
                throw new IllegalArgumentException("not a label name: " + label);
            }
        });
    }

    public static Metric gauge(String name, String help, Map<String, String> labels, double value) {
        return new Metric(name, help, "gauge", labels, value);
    }

    public static Metric counter(String name, String help, Map<String, String> labels, double value) {
        return new Metric(name, help, "counter", labels, value);
    }
}
