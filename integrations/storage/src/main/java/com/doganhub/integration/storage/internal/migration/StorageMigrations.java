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

    /** A migration started through the API: where it is and, once finished, its report. */
    public record Run(String id, String from, String to, String state, java.time.Instant startedAt,
            java.time.Instant finishedAt, String progress, MigrationReport report) {
    }

    private final java.util.concurrent.ExecutorService background = java.util.concurrent.Executors
            .newSingleThreadExecutor(runnable -> {
                Thread thread = new Thread(runnable, "doganhub-storage-migration");
                thread.setDaemon(true);
                return thread;
            });
    private volatile Run latest;

    @org.osgi.service.component.annotations.Deactivate
    void stop() {
        background.shutdownNow(); // an interrupted run resumes from its journal when started again
    }

    /**
     * Starts {@code from → to} in the background and answers at once; {@link #latest()} follows it.
     *
     * @throws IllegalArgumentException for an unknown provider or {@code from} equal to {@code to}
     * @throws IllegalStateException    when a migration is running
     */
    public synchronized Run start(String from, String to) {
        installed(from);
        installed(to);
        if (from.equals(to)) {
            throw new IllegalArgumentException("source and target are the same provider");
        }
        if (latest != null && "RUNNING".equals(latest.state())) {
            throw new IllegalStateException("another storage migration is running");
        }
        Run run = new Run(java.util.UUID.randomUUID().toString(), from, to, "RUNNING", java.time.Instant.now(), null,
                "", null);
        latest = run;
        background.execute(() -> {
            try {
                MigrationReport report = migrate(from, to, line -> latest = withProgress(run.id(), line));
                finish(run, report.complete() ? "COMPLETE" : "INCOMPLETE", report);
            } catch (RuntimeException failed) {
                finish(run, "FAILED", null);
                LOG.warn("Storage migration {} -> {} failed: {}", from, to, failed.getMessage());
            }
        });
        return run;
    }

    /** The migration started last through the API, if any. */
    public java.util.Optional<Run> latest() {
        return java.util.Optional.ofNullable(latest);
    }

    private Run withProgress(String id, String line) {
        Run current = latest;
        return current != null && current.id().equals(id) ? new Run(current.id(), current.from(), current.to(),
                current.state(), current.startedAt(), null, line, null) : current;
    }

    private synchronized void finish(Run run, String state, MigrationReport report) {
        Run current = latest;
        latest = new Run(run.id(), run.from(), run.to(), state, run.startedAt(), java.time.Instant.now(),
                current == null ? "" : current.progress(), report);
    }

    /** The names of the storage providers installed now. */
    public java.util.Set<String> installedNames() {
        return new java.util.TreeSet<>(stores.keySet());
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
