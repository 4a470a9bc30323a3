package com.doganhub.integration.storage.local;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.Designate;

import com.doganhub.integration.api.Capability;
import com.doganhub.integration.api.Provider;
import com.doganhub.integration.api.ProviderCheck;
import com.doganhub.integration.api.ProviderSettings;
import com.doganhub.integration.api.storage.ForwardingObjectStore;
import com.doganhub.integration.api.storage.ObjectStore;

/**
 * The {@code local} storage provider (embedded default): always configured; its live check writes, reads back and
 * deletes a probe file.
 */
@Component(service = { Provider.class, ObjectStore.class }, configurationPid = LocalStorageSettings.PID,
        property = { Provider.CAPABILITY + "=storage", Provider.NAME + "=local" })
@Designate(ocd = LocalStorageSettings.class)
public class LocalStorageProvider implements Provider, ForwardingObjectStore {

    private final LocalObjectStore store;

    @Activate
    public LocalStorageProvider(LocalStorageSettings settings, BundleContext context) {
        String configured = ProviderSettings.value(settings.directory());
        String data = context.getProperty("karaf.data");
        this.store = new LocalObjectStore(configured != null ? Path.of(configured)
                : Path.of(data == null ? "data" : data, "storage"), Clock.systemUTC());
    }

    @Override
    public Capability capability() {
        return Capability.STORAGE;
    }

    @Override
    public String name() {
        return "local";
    }

    @Override
    public boolean configured() {
        return true;
    }

    @Override
    public ProviderCheck check() {
        Instant started = Instant.now();
        try {
            store.probe();
            return ProviderCheck.up("writes to " + store.root(), started);
        } catch (IOException | RuntimeException unwritable) {
            return ProviderCheck.down("cannot write to " + store.root() + ": " + unwritable.getClass().getSimpleName(),
                    started);
        }
    }

    @Override
    public LocalObjectStore delegate() {
        return store;
    }
}
