package com.doganhub.integration.runtime.internal.status;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.doganhub.platform.api.health.Readiness;
import com.doganhub.platform.api.health.ReadinessCheck;

/**
 * The {@code integrations} readiness check: ready when every integration the operator lists in
 * {@code required} (etc/com.doganhub.integration.status.cfg) works. It reads configuration and the last live
 * results only, so it is cheap enough for the request thread of {@code /health/ready}.
 */
@Component(service = ReadinessCheck.class, configurationPid = StatusSettings.PID)
public class IntegrationReadiness implements ReadinessCheck {

    private final IntegrationStatusService status;
    private final Set<String> required;

    @Activate
    public IntegrationReadiness(@Reference IntegrationStatusService status, StatusSettings settings) {
        this.status = status;
        this.required = new LinkedHashSet<>();
        // An etc/ file gives one comma-separated string; Config Admin may give an array: accept both.
        for (String value : settings.required()) {
            for (String id : value == null ? new String[0] : value.split(",")) {
                if (!id.isBlank()) {
                    required.add(id.strip());
                }
            }
        }
    }

    @Override
    public String name() {
        return "integrations";
    }

    @Override
    public Readiness check() {
        if (required.isEmpty()) {
            return Readiness.ready(name(), "no integration is marked required");
        }
        StatusReport report = status.report(required);
        List<String> problems = new ArrayList<>();
        Set<String> found = new LinkedHashSet<>();
        for (StatusReport.Entry entry : report.integrations()) {
            found.add(entry.id());
            if (!ModuleMatrix.working(entry)) {
                problems.add(entry.id() + " " + entry.status());
            }
        }
        for (String id : required) {
            if (!found.contains(id)) {
                problems.add(id + " unknown");
            }
        }
        return problems.isEmpty() ? Readiness.ready(name(), String.join(", ", required) + " working")
                : Readiness.notReady(name(), "required integrations not working: " + String.join(", ", problems));
    }
}
