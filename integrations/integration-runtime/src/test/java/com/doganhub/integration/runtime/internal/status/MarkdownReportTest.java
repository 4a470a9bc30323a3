package com.doganhub.integration.runtime.internal.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.doganhub.integration.runtime.internal.status.StatusReport.Entry;

class MarkdownReportTest {

    private static Entry entry(String id, String status) {
        IntegrationDefinition definition = IntegrationCatalogue.all().stream().filter(d -> d.id().equals(id))
                .findFirst().orElseThrow();
        return new Entry(id, definition.name(), definition.category().name(), definition.priority().name(), status,
                "detail of " + id, "", definition.usedBy(), definition.impact(), definition.fix(),
                Instant.parse("2026-11-27T12:00:00Z"));
    }

    @Test
    void theMatrixSaysWhatWorksDegradesAndFailsFromTheStatusesAlone() {
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (IntegrationDefinition definition : IntegrationCatalogue.all()) {
            entries.put(definition.id(), entry(definition.id(), "MISSING"));
        }
        for (String configured : List.of("database", "migrations", "local-login", "email-templates", "local-storage")) {
            entries.put(configured, entry(configured, "CONFIGURED"));
        }
        entries.put("stripe-secret-key", entry("stripe-secret-key", "PLACEHOLDER"));

        var modules = ModuleMatrix.evaluate(entries);
        Map<String, String> states = new LinkedHashMap<>();
        modules.forEach(module -> module.features().forEach(feature ->
                states.put(module.module() + ": " + feature.feature(), feature.state() + " " + feature.reason())));

        assertThat(states.get("Finance: Ledger, invoices and reports")).isEqualTo("WORKS ");
        assertThat(states.get("Platform: Account emails")).startsWith("DEGRADED mail stays in the local outbox");
        assertThat(states.get("Platform: Sign-in and accounts")).startsWith("DEGRADED");
        assertThat(states.get("Billing: Checkout and customer portal"))
                .isEqualTo("FAILS needs Stripe secret key (PLACEHOLDER)");
        assertThat(states.get("AI: Assistant")).isEqualTo("FAILS needs Ollama (MISSING) or OpenAI (MISSING) or Anthropic (MISSING)");

        entries.put("smtp", entry("smtp", "CONFIGURED"));
        assertThat(ModuleMatrix.evaluate(entries).get(0).features().get(1).state()).isEqualTo("WORKS");
    }

    @Test
    void theMarkdownHasTheDashboardTheListsTheMatrixAndEveryIntegration() {
        List<Entry> entries = IntegrationCatalogue.all().stream().map(d -> entry(d.id(),
                d.id().equals("database") ? "CONFIGURED" : "MISSING")).toList();
        Map<String, Entry> byId = new LinkedHashMap<>();
        entries.forEach(e -> byId.put(e.id(), e));
        StatusReport report = new StatusReport(Instant.parse("2026-11-27T12:00:00Z"), "development",
                List.of(new StatusReport.CategorySummary("CORE_INFRASTRUCTURE", "Core Infrastructure", "P0", 1, 6, 17)),
                entries, ModuleMatrix.evaluate(byId), new StatusReport.Lists(List.of("CRM: Contacts, companies and deals"),
                        List.of(), List.of("Billing: Checkout and customer portal — needs Stripe secret key (MISSING)")));

        String markdown = MarkdownReport.render(report);

        assertThat(markdown).startsWith("# DoganHub integration status\n")
                .contains("| Core Infrastructure | P0 | 1 | 6 | 17 % |")
                .contains("## Fully functional right now\n\n- CRM: Contacts, companies and deals\n")
                .contains("## Degraded right now\n\n- (none)\n")
                .contains("| Billing | Checkout and customer portal | FAILS | needs Stripe secret key (MISSING) |")
                .contains("#### Stripe secret key — MISSING (P0)")
                .contains("- Fix: Set STRIPE_SECRET_KEY");
        assertThat(markdown.lines().filter(line -> line.startsWith("#### "))).hasSize(entries.size());
    }
}
