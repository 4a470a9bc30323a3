package com.doganhub.billing.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import com.doganhub.billing.internal.webhooks.WebhookEvents;

/** {@code doganhub:billing-events [--limit N]}: recent Stripe webhook events and what processing did with each. */
@Service
@Command(scope = "doganhub", name = "billing-events", description = "Lists recent Stripe webhook events with their outcome")
public class BillingEventsCommand implements Action {

    @Option(name = "--limit", description = "How many (default 20)")
    private int limit = 20;

    @Reference
    private WebhookEvents events;

    @Override
    public Object execute() {
        System.out.printf("%-20s %-32s %-28s %-10s %s%n", "RECEIVED", "TYPE", "ID", "OUTCOME", "DETAIL");
        for (WebhookEvents.EventView event : events.recent(limit)) {
            System.out.printf("%-20s %-32s %-28s %-10s %s%n", event.receivedAt(), event.type(), event.id(),
                    event.outcome(), event.detail() == null ? "" : event.detail());
        }
        return null;
    }
}
