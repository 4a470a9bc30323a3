package com.doganhub.integration.email.local.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import com.doganhub.integration.email.local.LocalOutboxIndex;

/** {@code doganhub:email-local-list}: what the local provider wrote, from each tenant folder's index. */
@Service
@Command(scope = "doganhub", name = "email-local-list", description = "Lists the messages the local email provider wrote")
public class LocalOutboxListCommand implements Action {

    @Option(name = "--tenant", description = "Only this tenant (slug)")
    private String tenant;

    @Option(name = "--limit", description = "How many of the newest (default 20)")
    private int limit = 20;

    @Reference
    private LocalOutboxIndex index;

    @Override
    public Object execute() throws Exception {
        ShellTable table = new ShellTable();
        for (String column : new String[] { "Time", "Tenant", "To", "Subject", "Message-ID", "File" }) {
            table.column(column);
        }
        index.newest(tenant, limit).forEach(entry -> table.addRow().addContent(entry.time(), entry.tenant(),
                entry.recipients(), entry.subject(), entry.messageId(), entry.file()));
        table.print(System.out);
        return null;
    }
}
