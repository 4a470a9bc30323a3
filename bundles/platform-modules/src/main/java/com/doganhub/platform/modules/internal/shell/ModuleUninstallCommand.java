package com.doganhub.platform.modules.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import com.doganhub.platform.api.error.PlatformException;
import com.doganhub.platform.modules.internal.catalog.ModuleInstaller;

/** {@code doganhub:module-uninstall ID}: removes a module at runtime; its data stays for a reinstall. */
@Service
@Command(scope = "doganhub", name = "module-uninstall",
        description = "Uninstalls a module's feature at runtime, unless an installed module requires it; its data stays")
public class ModuleUninstallCommand implements Action {

    @Argument(index = 0, name = "id", required = true, description = "The module id, as doganhub:module-list shows it")
    private String id;

    @Reference
    private ModuleInstaller installer;

    @Override
    public Object execute() {
        try {
            installer.uninstall(id);
            System.out.println("Module " + id + " uninstalled; its tables and rows stay for a reinstall.");
        } catch (PlatformException refused) {
            System.err.println("Refused: " + refused.code() + " " + refused.args());
        }
        return null;
    }
}
