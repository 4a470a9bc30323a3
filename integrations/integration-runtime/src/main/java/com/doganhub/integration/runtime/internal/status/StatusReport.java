package com.doganhub.integration.runtime.internal.status;

import java.time.Instant;
import java.util.List;

/** The production-readiness report, as JSON answers it ({@code GET /api/v1/admin/integrations}). */
public record StatusReport(Instant generatedAt, String environment, List<CategorySummary> summary,
        List<Entry> integrations, List<ModuleView> modules, Lists lists) {

    /** Per category: how many of its integrations are configured. */
    public record CategorySummary(String category, String title, String priority, int configured, int total,
            int percent) {
    }

    /** One integration and its state. */
    public record Entry(String id, String name, String category, String priority, String status, String detail,
            String maskedValue, List<String> usedBy, String impact, String fix, Instant checkedAt) {
    }

    /** What a module can do given the integrations. */
    public record ModuleView(String module, List<FeatureView> features) {
    }

    /** {@code WORKS}, {@code DEGRADED} or {@code FAILS}, and why. */
    public record FeatureView(String feature, String state, String reason) {
    }

    /** Features ({@code Module: feature}) by what they can do right now. */
    public record Lists(List<String> fullyFunctional, List<String> degraded, List<String> notFunctional) {
    }
}
