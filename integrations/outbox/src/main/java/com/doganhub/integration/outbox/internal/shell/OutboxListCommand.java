package com.doganhub.integration.outbox.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import com.doganhub.integration.outbox.internal.OutboxAdmin;

/** {@code doganhub:outbox-list}: the newest outgoing messages and the queue's figures. */
@Service
@Command(scope = "doganhub", name = "outbox-list", description = "Lists outgoing messages, newest first")
public class OutboxListCommand implements Action {

    @Option(name = "--status", description = "queued (or pending), sending, sent, dead, or failed (queued again after a failed attempt)")
    private String status;

    @Option(name = "--tenant", description = "Only this tenant id")
    private String tenant;

    @Option(name = "--limit", description = "How many (at most 100)")
    private int limit = 20;

    @Reference
    private OutboxAdmin admin;

    @Override
    public Object execute() {
        System.out.println(admin.summary());
        ShellTable table = new ShellTable();
        for (String column : new String[] { "Id", "Tenant", "Status", "Attempts", "Created", "To", "Subject",
                "Provider", "Last error" }) {
            table.column(column);
        }
        admin.list(status, tenant, limit).forEach(row -> table.addRow().addContent(row.id(), row.tenantSlug(),
                row.status(), row.attempts(), row.createdAt(), row.recipients(), row.subject(),
                row.provider() == null ? "" : row.provider(), row.lastError() == null ? "" : row.lastError()));
        table.print(System.out);
        return null;
    }
}
