package com.doganhub.platform.modules.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import com.doganhub.platform.api.error.PlatformException;
import com.doganhub.platform.modules.internal.catalog.ModuleInstaller;
import com.doganhub.platform.modules.internal.catalog.ModuleView;

/** {@code doganhub:module-install ID}: installs a module without refreshing any other bundle. */
@Service
@Command(scope = "doganhub", name = "module-install",
        description = "Installs a module's feature at runtime and waits until it runs (migrations included)")
public class ModuleInstallCommand implements Action {

    @Argument(index = 0, name = "id", required = true, description = "The module id, as doganhub:module-list shows it")
    private String id;

    @Reference
    private ModuleInstaller installer;

    @Override
    public Object execute() {
        try {
            ModuleView module = installer.install(id);
            System.out.println("Module " + module.id() + " " + module.version() + " is " + module.state()
                    + ". Tenants enable it with PUT /api/v1/tenant/modules/" + module.id()
                    + (module.enabledByDefault() ? " (on by default)." : " (off until they do)."));
        } catch (PlatformException refused) {
            System.err.println("Refused: " + refused.code() + " " + refused.args());
        }
        return null;
    }
}
