package com.doganhub.integration.runtime.internal.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import com.doganhub.integration.api.Capability;
import com.doganhub.integration.runtime.internal.ProviderRegistry;
import com.doganhub.integration.runtime.internal.ProviderSelection;
import com.doganhub.platform.api.error.Conflict;
import com.doganhub.platform.api.error.ValidationFailed;

/** {@code doganhub:provider-set CAPABILITY CHAIN}: the same rules as {@code PUT /api/v1/admin/providers/{capability}}. */
@Service
@Command(scope = "doganhub", name = "provider-set", description = "Sets the provider chain of a capability")
public class ProviderSetCommand implements Action {

    @Argument(index = 0, name = "capability", required = true, description = "email, storage, ai, payments or cache")
    private String capability;

    @Argument(index = 1, name = "chain", required = true, description = "Provider names in failover order, e.g. sendgrid,smtp")
    private String chain;

    @Reference
    private ProviderSelection selection;

    @Reference
    private ProviderRegistry registry;

    @Override
    public Object execute() {
        Capability chosen;
        try {
            chosen = Capability.fromId(capability);
        } catch (IllegalArgumentException unknown) {
            System.err.println("Refused: no capability '" + capability + "'");
            return null;
        }
        try {
            selection.change(chosen, List.of(chain.split(",")));
            System.out.println("Provider chain of " + chosen.id() + " is now " + String.join(",", selection.active(chosen)));
        } catch (ValidationFailed refused) {
            System.err.println("Refused: " + refused.errors().get(0).code() + " " + refused.errors().get(0).args()
                    + "; installed: " + String.join(", ", registry.providers(chosen).keySet()));
        } catch (Conflict unwritable) {
            System.err.println("Refused: " + unwritable.code() + " " + unwritable.args());
        }
        return null;
    }
}
