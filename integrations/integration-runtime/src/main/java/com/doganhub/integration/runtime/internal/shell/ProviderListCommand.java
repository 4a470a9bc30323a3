package com.doganhub.integration.runtime.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import com.doganhub.integration.api.Capability;
import com.doganhub.integration.api.ProviderCheck;
import com.doganhub.integration.runtime.internal.ProviderRegistry;
import com.doganhub.integration.runtime.internal.ProviderSelection;

/** {@code doganhub:provider-list}: every capability's chain and installed providers. */
@Service
@Command(scope = "doganhub", name = "provider-list", description = "Lists provider chains and installed providers")
public class ProviderListCommand implements Action {

    @Reference
    private ProviderRegistry registry;

    @Reference
    private ProviderSelection selection;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Capability");
        table.column("Chain");
        table.column("Provider");
        table.column("Configured");
        table.column("Last check");
        for (Capability capability : Capability.values()) {
            String chain = String.join(",", selection.configured(capability).names());
            if (registry.providers(capability).isEmpty()) {
                table.addRow().addContent(capability.id(), chain, "-", "-", "-");
            }
            registry.providers(capability).forEach((name, provider) -> {
                ProviderCheck check = registry.lastCheck(capability, name);
                table.addRow().addContent(capability.id(), chain, name, provider.configured() ? "yes" : "no",
                        check == null ? "pending" : check.outcome() + " " + check.detail());
            });
        }
        table.print(System.out);
        return null;
    }
}
