package com.doganhub.integration.storage.local;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.Designate;

import com.doganhub.integration.api.Capability;
import com.doganhub.integration.api.Provider;
import com.doganhub.integration.api.ProviderCheck;
import com.doganhub.integration.api.ProviderSettings;
import com.doganhub.integration.api.storage.ObjectStore;
import com.doganhub.integration.api.storage.PresignedLink;
import com.doganhub.integration.api.storage.StoredObject;

/**
 * The {@code local} storage provider (embedded default): always configured; its live check writes, reads back and
 * deletes a probe file.
 */
@Component(service = { Provider.class, ObjectStore.class }, configurationPid = LocalStorageSettings.PID,
        property = { Provider.CAPABILITY + "=storage", Provider.NAME + "=local" })
@Designate(ocd = LocalStorageSettings.class)
public class LocalStorageProvider implements Provider, ObjectStore {

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
    public StoredObject write(String key, InputStream content, String contentType) {
        return store.write(key, content, contentType);
    }

    @Override
    public Optional<StoredObject> stat(String key) {
        return store.stat(key);
    }

    @Override
    public Optional<InputStream> read(String key) {
        return store.read(key);
    }

    @Override
    public boolean delete(String key) {
        return store.delete(key);
    }

    @Override
    public List<StoredObject> list(String prefix) {
        return store.list(prefix);
    }

    @Override
    public Optional<PresignedLink> presign(String key, Duration ttl) {
        return store.presign(key, ttl);
    }
}
