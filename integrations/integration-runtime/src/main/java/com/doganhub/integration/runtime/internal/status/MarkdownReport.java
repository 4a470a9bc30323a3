package com.doganhub.integration.runtime.internal.status;

import java.util.List;

import com.doganhub.integration.runtime.internal.status.StatusReport.CategorySummary;
import com.doganhub.integration.runtime.internal.status.StatusReport.Entry;
import com.doganhub.integration.runtime.internal.status.StatusReport.FeatureView;
import com.doganhub.integration.runtime.internal.status.StatusReport.ModuleView;

/** The report as Markdown: summary dashboard, the three lists, the module matrix, then every integration. */
public final class MarkdownReport {

    private MarkdownReport() {
    }

    public static String render(StatusReport report) {
        StringBuilder md = new StringBuilder();
        long configured = report.integrations().stream().filter(e -> "CONFIGURED".equals(e.status())
                || "DEGRADED".equals(e.status())).count();
        md.append("# DoganHub integration status\n\n");
        md.append("Generated ").append(report.generatedAt()).append(" · environment: ").append(report.environment())
                .append(" · ").append(configured).append(" of ").append(report.integrations().size())
                .append(" integrations configured\n\n");

        md.append("## Summary\n\n| Category | Priority | Configured | Total | % |\n| --- | --- | --- | --- | --- |\n");
        for (CategorySummary category : report.summary()) {
            md.append("| ").append(category.title()).append(" | ").append(category.priority()).append(" | ")
                    .append(category.configured()).append(" | ").append(category.total()).append(" | ")
                    .append(category.percent()).append(" % |\n");
        }
        md.append('\n');
        list(md, "Fully functional right now", report.lists().fullyFunctional());
        list(md, "Degraded right now", report.lists().degraded());
        list(md, "Not functional right now", report.lists().notFunctional());

        md.append("## Modules\n\n| Module | Feature | State | Why |\n| --- | --- | --- | --- |\n");
        for (ModuleView module : report.modules()) {
            for (FeatureView feature : module.features()) {
                md.append("| ").append(module.module()).append(" | ").append(feature.feature()).append(" | ")
                        .append(feature.state()).append(" | ").append(cell(feature.reason())).append(" |\n");
            }
        }
        md.append('\n');

        md.append("## Integrations\n");
        String category = null;
        for (Entry entry : report.integrations()) {
            String title = report.summary().stream().filter(c -> c.category().equals(entry.category()))
                    .map(CategorySummary::title).findFirst().orElse(entry.category());
            if (!title.equals(category)) {
                category = title;
                md.append("\n### ").append(title).append('\n');
            }
            md.append("\n#### ").append(entry.name()).append(" — ").append(entry.status()).append(" (")
                    .append(entry.priority()).append(")\n\n");
            md.append("- Detail: ").append(entry.detail().isEmpty() ? "—" : entry.detail()).append('\n');
            if (!entry.maskedValue().isEmpty()) {
                md.append("- Value: `").append(entry.maskedValue().replace("`", "'")).append("`\n");
            }
            md.append("- Used by: ").append(String.join("; ", entry.usedBy())).append('\n');
            md.append("- Impact when not working: ").append(entry.impact()).append('\n');
            md.append("- Fix: ").append(entry.fix()).append('\n');
            md.append("- Checked: ").append(entry.checkedAt()).append('\n');
        }
        return md.toString();
    }

    private static void list(StringBuilder md, String title, List<String> items) {
        md.append("## ").append(title).append("\n\n");
        if (items.isEmpty()) {
            md.append("- (none)\n");
        }
        items.forEach(item -> md.append("- ").append(item).append('\n'));
        md.append('\n');
    }

    private static String cell(String text) {
        return text == null || text.isEmpty() ? "" : text.replace("|", "\\|");
    }
}
