package com.doganhub.integration.storage.internal.migration;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.doganhub.integration.api.Provider;
import com.doganhub.integration.api.storage.ObjectStore;

/**
 * Runs provider-to-provider migrations (one at a time) with their journals under
 * {@code data/storage-migrations/<from>-to-<to>.journal}.
 */
@Component(service = StorageMigrations.class)
public class StorageMigrations {

    private static final Logger LOG = LoggerFactory.getLogger(StorageMigrations.class);
    private static final int MAX_CONSECUTIVE_FAILURES = 20;

    private final Map<String, ObjectStore> stores = new ConcurrentHashMap<>();
    private final Path journals;
    private final ReentrantLock running = new ReentrantLock();

    @Activate
    public StorageMigrations(BundleContext context) {
        String data = context.getProperty("karaf.data");
        this.journals = Path.of(data == null ? "data" : data, "storage-migrations");
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addStore(ObjectStore store, Map<String, Object> properties) {
        stores.put(String.valueOf(properties.get(Provider.NAME)), store);
    }

    void removeStore(ObjectStore store, Map<String, Object> properties) {
        stores.remove(String.valueOf(properties.get(Provider.NAME)), store);
    }

    /**
     * Copies every object of {@code from} into {@code to}, resuming an earlier run of the same pair.
     *
     * @throws IllegalArgumentException for an unknown provider or {@code from} equal to {@code to}
     * @throws IllegalStateException    when another migration is running
     */
    public MigrationReport migrate(String from, String to, Consumer<String> progress) {
        ObjectStore source = installed(from);
        ObjectStore target = installed(to);
        if (from.equals(to)) {
            throw new IllegalArgumentException("source and target are the same provider");
        }
        if (!running.tryLock()) {
            throw new IllegalStateException("another storage migration is running");
        }
        try (MigrationJournal journal = new MigrationJournal(journals.resolve(from + "-to-" + to + ".journal"))) {
            LOG.info("Storage migration {} -> {} starts ({} object(s) already copied by earlier runs)", from, to,
                    journal.size());
            MigrationReport report = new StorageMigration(from, source, to, target, journal, MAX_CONSECUTIVE_FAILURES,
                    progress).run();
            LOG.info("Storage migration {}", report.summary());
            return report;
        } finally {
            running.unlock();
        }
    }

    private ObjectStore installed(String name) {
        ObjectStore store = stores.get(name);
        if (store == null) {
            throw new IllegalArgumentException("no storage provider '" + name + "' is installed; installed: "
                    + String.join(", ", new java.util.TreeSet<>(stores.keySet())));
        }
        return store;
    }
}
