package com.doganhub.integration.runtime.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.doganhub.integration.api.Capability;
import com.doganhub.platform.api.TenantScope;
import com.doganhub.platform.api.audit.AuditEvent;
import com.doganhub.platform.api.audit.AuditLog;
import com.doganhub.platform.api.error.Conflict;
import com.doganhub.platform.api.error.ValidationFailed;

/**
 * The platform-wide provider chain of each capability: Config Admin PID {@code com.doganhub.integration.<capability>},
 * key {@value #KEY}. It is read at every use, so a change through the shell, the REST API or the {@code etc/} file
 * applies to the next message without a restart; a change through the platform is written to that file as well
 * ({@link EtcConfigFile}), so it outlives a restart. A change asked for through the platform naming a provider that is
 * not installed is refused and the old chain stays; names in the file that no provider answers to are skipped.
 */
@Component(service = ProviderSelection.class)
public class ProviderSelection {

    static final String KEY = "provider";
    private static final Logger LOG = LoggerFactory.getLogger(ProviderSelection.class);

    private final ConfigurationAdmin configurationAdmin;
    private final ProviderRegistry registry;
    private final AuditLog audit;
    private final TenantScope tenantScope;

    @Activate
    public ProviderSelection(@Reference ConfigurationAdmin configurationAdmin, @Reference ProviderRegistry registry,
            @Reference AuditLog audit, @Reference TenantScope tenantScope) {
        this.configurationAdmin = configurationAdmin;
        this.registry = registry;
        this.audit = audit;
        this.tenantScope = tenantScope;
    }

    /** The chain as configured, including names no installed provider answers to. */
    public ProviderChain configured(Capability capability) {
        try {
            Configuration[] found = configurationAdmin.listConfigurations(
                    "(service.pid=" + capability.configurationPid() + ")");
            if (found == null || found.length == 0 || found[0].getProperties() == null) {
                return new ProviderChain(List.of());
            }
            return ProviderChain.parse(found[0].getProperties().get(KEY));
        } catch (IOException | InvalidSyntaxException unreadable) {
            throw new IllegalStateException("cannot read " + capability.configurationPid(), unreadable);
        }
    }

    /** The configured chain without the names no installed provider answers to: what is tried, in order. */
    public List<String> active(Capability capability) {
        Set<String> installed = registry.providers(capability).keySet();
        return configured(capability).names().stream().filter(installed::contains).toList();
    }

    /**
     * A chain a caller asks for, checked: well-formed names, each an installed provider of {@code capability}.
     *
     * @throws ValidationFailed on {@code chain}, naming the installed providers
     */
    public ProviderChain checked(Capability capability, List<String> requested) {
        ProviderChain chain = ProviderChain.requested(requested);
        Set<String> installed = registry.providers(capability).keySet();
        for (String name : chain.names()) {
            if (!installed.contains(name)) {
                throw new ValidationFailed("chain", "provider.unknown", name, capability.id(),
                        installed.isEmpty() ? "-" : String.join(", ", installed));
            }
        }
        return chain;
    }

    /**
     * Replaces the chain of {@code capability} for the whole platform, audited in the caller's log when a caller is
     * signed in (REST) and logged either way.
     *
     * @throws ValidationFailed on {@code chain} when a name is not an installed provider of the capability (the
     *         message lists the installed ones); the old chain stays
     * @throws Conflict {@code provider.configuration-unwritable} when the chain's etc file cannot be written (a
     *         read-only mount): the old chain stays, and the file is where to change it
     */
    public synchronized ProviderChain change(Capability capability, List<String> requested) {
        ProviderChain chain = checked(capability, requested);
        ProviderChain before = configured(capability);
        try {
            Configuration configuration = configurationAdmin.getConfiguration(capability.configurationPid(), "?");
            Dictionary<String, Object> properties = configuration.getProperties() == null ? new Hashtable<>()
                    : configuration.getProperties();
            // the file first: file install then finds it equal to what Config Admin holds, and a restart keeps it
            Optional<EtcConfigFile> file = EtcConfigFile.of(properties);
            if (file.isPresent()) {
                try {
                    file.get().set(KEY, chain.asConfiguration());
                } catch (IOException unwritable) {
                    LOG.warn("Provider chain of {} not changed: cannot write {} ({})", capability.id(), file.get().path(),
                            unwritable.toString());
                    throw new Conflict("provider.configuration-unwritable", file.get().path().getFileName(),
                            before.asConfiguration());
                }
            }
            properties.put(KEY, chain.asConfiguration());
            configuration.update(properties);
        } catch (IOException unwritable) {
            throw new UncheckedIOException(unwritable);
        }
        if (tenantScope.current().isPresent()) { // the operator through REST; the shell has no tenant, only the log
            audit.record(AuditEvent.of("provider-chain", capability.id(), "update")
                    .with("chain", before.asConfiguration(), chain.asConfiguration()));
        }
        LOG.info("Provider chain of {} is now {} (was {})", capability.id(), chain.asConfiguration(),
                before.asConfiguration());
        return chain;
    }
}
