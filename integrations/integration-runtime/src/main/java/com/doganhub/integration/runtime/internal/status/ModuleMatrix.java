package com.doganhub.integration.runtime.internal.status;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.doganhub.integration.runtime.internal.status.StatusReport.Entry;
import com.doganhub.integration.runtime.internal.status.StatusReport.FeatureView;
import com.doganhub.integration.runtime.internal.status.StatusReport.ModuleView;

/**
 * Which features of each module work, degrade or fail given the integrations' states. A feature needs every group
 * of {@code requires} (a group is satisfied by any one of its integrations) and is degraded when none of
 * {@code enhancedBy} works.
 */
final class ModuleMatrix {

    record Feature(String module, String name, List<List<String>> requires, List<String> enhancedBy,
            String whenDegraded) {
    }

    private static final List<String> EMAIL = List.of("smtp", "sendgrid", "mailgun");
    private static final List<String> STORAGE = List.of("local-storage", "s3", "azure-blob");
    private static final List<String> SHARED_STORAGE = List.of("s3", "azure-blob");

    static final List<Feature> FEATURES = List.of(
            new Feature("Platform", "Sign-in and accounts", List.of(List.of("database"), List.of("local-login")),
                    List.of("auth-secrets"), "tokens are signed with a key of this node only"),
            new Feature("Platform", "Account emails", List.of(List.of("email-templates")), EMAIL,
                    "mail stays in the local outbox folder (no SMTP, SendGrid or Mailgun)"),
            new Feature("Platform", "Files and signed links", List.of(STORAGE), SHARED_STORAGE,
                    "files are on this node's disk only"),
            new Feature("Platform", "Rate limits and caches across nodes", List.of(), List.of("redis"),
                    "kept per node"),
            new Feature("Platform", "Error tracking", List.of(), List.of("sentry"), "errors are only in the log"),
            new Feature("Finance", "Ledger, invoices and reports", List.of(List.of("database"), List.of("migrations")),
                    List.of(), null),
            new Feature("Finance", "Invoice emails", List.of(List.of("email-templates")), EMAIL,
                    "invoices are queued in the local outbox, not delivered"),
            new Feature("Finance", "Invoice PDFs and exports", List.of(STORAGE), SHARED_STORAGE,
                    "kept on this node's disk only"),
            new Feature("Billing", "Checkout and customer portal",
                    List.of(List.of("stripe-secret-key"), List.of("stripe-publishable-key")), List.of(), null),
            new Feature("Billing", "Subscription webhooks", List.of(List.of("stripe-secret-key"),
                    List.of("stripe-webhook-secret")), List.of(), null),
            new Feature("Billing", "Renewal reminders and dunning emails", List.of(List.of("email-templates")), EMAIL,
                    "reminders are queued in the local outbox, not delivered"),
            new Feature("CRM", "Contacts, companies and deals", List.of(List.of("database")), List.of(), null),
            new Feature("CRM", "Email to contacts", List.of(List.of("email-templates")), EMAIL,
                    "mail is queued in the local outbox, not delivered"),
            new Feature("CRM", "Attachments", List.of(STORAGE), SHARED_STORAGE, "kept on this node's disk only"),
            new Feature("AI", "Assistant", List.of(List.of("ollama", "openai", "anthropic")), List.of(), null));

    private ModuleMatrix() {
    }

    static List<ModuleView> evaluate(Map<String, Entry> entries) {
        Map<String, List<FeatureView>> modules = new LinkedHashMap<>();
        for (Feature feature : FEATURES) {
            modules.computeIfAbsent(feature.module(), m -> new ArrayList<>()).add(state(feature, entries));
        }
        List<ModuleView> views = new ArrayList<>();
        modules.forEach((module, features) -> views.add(new ModuleView(module, List.copyOf(features))));
        return views;
    }

    private static FeatureView state(Feature feature, Map<String, Entry> entries) {
        for (List<String> group : feature.requires()) {
            if (group.stream().noneMatch(id -> working(entries.get(id)))) {
                List<String> why = new ArrayList<>();
                for (String id : group) {
                    Entry entry = entries.get(id);
                    why.add(entry == null ? id + " (not installed)" : entry.name() + " (" + entry.status() + ")");
                }
                return new FeatureView(feature.name(), "FAILS", "needs " + String.join(" or ", why));
            }
        }
        if (!feature.enhancedBy().isEmpty() && feature.enhancedBy().stream().noneMatch(id -> working(entries.get(id)))) {
            return new FeatureView(feature.name(), "DEGRADED", feature.whenDegraded());
        }
        return new FeatureView(feature.name(), "WORKS", "");
    }

    static boolean working(Entry entry) {
        return entry != null && switch (entry.status()) {
            case "CONFIGURED", "DEGRADED", "INSECURE" -> true;
            default -> false;
        };
    }
}
