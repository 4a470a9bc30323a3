package com.doganhub.integration.outbox.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import com.doganhub.integration.outbox.internal.OutboxAdmin;

/** {@code doganhub:outbox-retry ID} or {@code doganhub:outbox-retry --all-dead}: back into the queue. */
@Service
@Command(scope = "doganhub", name = "outbox-retry", description = "Queues a dead or waiting message again, now")
public class OutboxRetryCommand implements Action {

    @Argument(index = 0, name = "id", description = "The outbox id", required = false)
    private String id;

    @Option(name = "--all-dead", description = "Every dead message (of --tenant, if given)")
    private boolean allDead;

    @Option(name = "--tenant", description = "With --all-dead: only this tenant id")
    private String tenant;

    @Reference
    private OutboxAdmin admin;

    @Override
    public Object execute() {
        if (allDead) {
            System.out.println(admin.retryDead(tenant) + " dead message(s) queued again");
        } else if (id == null) {
            System.err.println("Give an outbox id or --all-dead");
        } else {
            System.out.println(admin.retry(id) ? "Queued again: " + id : "Not retryable (unknown, sending or sent): " + id);
        }
        return null;
    }
}
