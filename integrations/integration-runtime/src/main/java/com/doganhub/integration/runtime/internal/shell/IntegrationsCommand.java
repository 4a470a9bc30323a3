package com.doganhub.integration.runtime.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import com.doganhub.integration.runtime.internal.status.IntegrationStatusService;
import com.doganhub.integration.runtime.internal.status.MarkdownReport;
import com.doganhub.integration.runtime.internal.status.StatusReport;

/** {@code doganhub:integrations [--check] [--markdown]}: the production-readiness report in the shell. */
@Service
@Command(scope = "doganhub", name = "integrations", description = "Shows which integrations are configured, missing, "
        + "placeholders, insecure or failing, and what that means for each module")
public class IntegrationsCommand implements Action {

    private static final String RESET = "\u001B[0m";

    @Option(name = "--markdown", description = "Print the full report as Markdown")
    private boolean markdown;

    @Option(name = "--check", description = "Run the live checks now before reporting")
    private boolean check;

    @Option(name = "--no-color", description = "Plain text")
    private boolean plain;

    @Reference
    private IntegrationStatusService status;

    @Override
    public Object execute() throws Exception {
        if (check) {
            status.checkNow();
        }
        StatusReport report = status.report();
        if (markdown) {
            System.out.println(MarkdownReport.render(report));
            return null;
        }
        ShellTable table = new ShellTable();
        table.column("Category");
        table.column("Integration");
        table.column("P");
        table.column("Status");
        table.column("Detail").maxSize(70);
        for (StatusReport.Entry entry : report.integrations()) {
            table.addRow().addContent(entry.category(), entry.name(), entry.priority(), coloured(entry.status()),
                    entry.detail());
        }
        table.print(System.out);
        System.out.println();
        report.summary().forEach(category -> System.out.printf("%-24s %s  %d/%d configured (%d %%)%n",
                category.title(), category.priority(), category.configured(), category.total(), category.percent()));
        System.out.println();
        System.out.println("Not functional right now: " + report.lists().notFunctional().size()
                + ", degraded: " + report.lists().degraded().size() + ", fully functional: "
                + report.lists().fullyFunctional().size() + " (doganhub:integrations --markdown for the details)");
        return null;
    }

    private String coloured(String status) {
        if (plain) {
            return status;
        }
        String colour = switch (status) {
            case "CONFIGURED" -> "\u001B[32m";
            case "MISSING", "FAILING" -> "\u001B[31m";
            default -> "\u001B[33m";
        };
        return colour + status + RESET;
    }
}
