package com.doganhub.platform.modules.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import com.doganhub.platform.modules.internal.catalog.ModuleCatalog;
import com.doganhub.platform.modules.internal.catalog.ModuleView;

/** {@code doganhub:module-list}: every module, its kind, state, version and feature. */
@Service
@Command(scope = "doganhub", name = "module-list", description = "Lists the modules: running, installed or offered")
public class ModuleListCommand implements Action {

    @Reference
    private ModuleCatalog catalog;

    @Override
    public Object execute() {
        System.out.printf("%-20s %-9s %-10s %-16s %-28s %s%n", "ID", "KIND", "STATE", "VERSION", "FEATURE", "NAME");
        for (ModuleView module : catalog.views()) {
            System.out.printf("%-20s %-9s %-10s %-16s %-28s %s%n", module.id(), module.kind(), module.state(),
                    module.version(), module.feature() == null ? "-" : module.feature(),
                    module.name() == null ? "" : module.name().en());
        }
        return null;
    }
}
