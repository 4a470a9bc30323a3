package com.doganhub.platform.identity.internal.roles;

import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import com.doganhub.platform.api.NavigationEntry;
import com.doganhub.platform.api.PermissionDefinition;
import com.doganhub.platform.api.PlatformModule;

/**
 * The permissions that exist right now: the union of what the running {@link PlatformModule} services define.
 * A module that stops takes its permissions with it; roles that named them simply stop granting them, and get them
 * back when the module returns (an update or restart must not strip a tenant's custom roles).
 */
@Component(service = PermissionRegistry.class)
public class PermissionRegistry {

    private final List<PlatformModule> modules = new CopyOnWriteArrayList<>();
    /** Rebuilt when a module comes or goes, read on every authenticated request. */
    private volatile Map<String, Defined> defined = Map.of();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addModule(PlatformModule module) {
        modules.add(module);
        rebuild();
    }

    void removeModule(PlatformModule module) {
        modules.remove(module);
        rebuild();
    }

    private synchronized void rebuild() {
        Map<String, Defined> all = new TreeMap<>();
        modules.stream().sorted(Comparator.comparing(PlatformModule::id)).forEach(module -> module.permissions()
                .forEach(permission -> all.putIfAbsent(permission.id(), new Defined(module.id(), permission))));
        defined = Collections.unmodifiableMap(all);
    }

    /** Every defined permission by id, sorted; each with the id of the module that defines it. */
    public Map<String, Defined> defined() {
        return defined;
    }

    public Set<String> ids() {
        return defined.keySet();
    }

    /** Every running module's menu entries, in their order. */
    public List<NavigationEntry> navigation() {
        return modules.stream().flatMap(module -> module.navigation().stream())
                .sorted(Comparator.comparingInt(NavigationEntry::order).thenComparing(NavigationEntry::id)).toList();
    }

    /** A permission and the module that defines it. */
    public record Defined(String module, PermissionDefinition definition) {
    }
}
