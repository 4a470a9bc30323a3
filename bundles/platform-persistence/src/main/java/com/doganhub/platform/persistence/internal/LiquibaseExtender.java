package com.doganhub.platform.persistence.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleException;
import org.osgi.framework.BundleListener;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.util.tracker.BundleTracker;
import org.osgi.util.tracker.BundleTrackerCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.doganhub.platform.persistence.api.MigrationState;
import com.doganhub.platform.persistence.api.MigrationState.Status;
import com.doganhub.platform.persistence.api.SchemaReady;

/**
 * The schema extender: when a bundle with a {@code DoganHub-Liquibase} header starts, applies its changelog on a
 * background thread, then registers {@link SchemaReady} for it. An unreachable database is retried with backoff;
 * a failing changeset is logged with its identity and the bundle is stopped, so nothing runs on a half-migrated
 * schema. When the DataSource goes away (or is replaced) every {@link SchemaReady} is withdrawn and the schemas
 * are checked again against the new one.
 */
@Component(immediate = true)
public class LiquibaseExtender implements BundleTrackerCustomizer<String> {

    private static final Logger LOG = LoggerFactory.getLogger(LiquibaseExtender.class);
    private static final long FIRST_RETRY_SECONDS = 2;
    private static final long MAX_RETRY_SECONDS = 30;

    private final DataSource dataSource;
    private final SchemaMigrationRegistry registry;
    private final SchemaMigrator migrator = new SchemaMigrator();
    private final ScheduledExecutorService worker;
    private final BundleContext context;
    private final BundleTracker<String> tracker;
    private final BundleListener forgetUninstalled;

    /**
     * Guards the three fields below. A migration runs outside the lock and acts on its result only if the bundle is
     * still tracked under the same token: a stop, restart or deactivation in between makes a late result harmless.
     */
    private final Object lock = new Object();
    private final Map<Long, Object> tokens = new HashMap<>();
    private final Map<Long, ServiceRegistration<SchemaReady>> ready = new HashMap<>();
    private boolean closed;

    @Activate
    public LiquibaseExtender(BundleContext context,
            @Reference(target = "(osgi.jndi.service.name=" + DataSourcePublisher.DATASOURCE_NAME + ")") DataSource dataSource,
            @Reference SchemaMigrationRegistry registry) {
        this.context = context;
        this.dataSource = dataSource;
        this.registry = registry;
        this.worker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "doganhub-schema-migrations");
            thread.setDaemon(true);
            return thread;
        });
        this.tracker = new BundleTracker<>(context, Bundle.STARTING | Bundle.ACTIVE, this);
        tracker.open();
        this.forgetUninstalled = this::forgetIfUninstalled;
        context.addBundleListener(forgetUninstalled);
    }

    /** A failed bundle is no longer tracked once stopped; when it is uninstalled, its failure goes with it. */
    private void forgetIfUninstalled(BundleEvent event) {
        if (event.getType() == BundleEvent.UNINSTALLED && event.getBundle().getSymbolicName() != null) {
            registry.forget(event.getBundle().getSymbolicName());
        }
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        List<ServiceRegistration<SchemaReady>> announced;
        synchronized (lock) {
            closed = true;
            tokens.clear();
            announced = new ArrayList<>(ready.values());
            ready.clear();
        }
        context.removeBundleListener(forgetUninstalled);
        tracker.close();
        worker.shutdownNow();
        if (!worker.awaitTermination(15, TimeUnit.SECONDS)) {
            LOG.warn("A schema migration is still running after 15 s; its result will be ignored");
        }
        announced.forEach(LiquibaseExtender::unregisterQuietly);
    }

    @Override
    public String addingBundle(Bundle bundle, BundleEvent event) {
        String changelog = bundle.getHeaders().get(SchemaReady.CHANGELOG_HEADER);
        if (changelog == null || changelog.isBlank()) {
            return null;
        }
        String path = BundleResourceAccessor.pathOf(bundle, changelog.trim());
        Object token = new Object();
        synchronized (lock) {
            if (closed) {
                return null;
            }
            tokens.put(bundle.getBundleId(), token);
            record(bundle, path, Status.PENDING, 0, "", "");
        }
        String header = changelog.trim();
        // Reading and hashing the changelog files happens on the worker, not on the thread starting the bundle.
        worker.execute(() -> migrate(bundle, path, fingerprintOf(bundle, header), token, FIRST_RETRY_SECONDS));
        return path;
    }

    @Override
    public void modifiedBundle(Bundle bundle, BundleEvent event, String path) {
        // STARTING -> ACTIVE needs nothing more
    }

    @Override
    public void removedBundle(Bundle bundle, BundleEvent event, String path) {
        ServiceRegistration<SchemaReady> registration;
        synchronized (lock) {
            tokens.remove(bundle.getBundleId());
            registration = ready.remove(bundle.getBundleId());
            // A failed migration stays visible (and readiness stays red) until the bundle is started again or uninstalled.
            registry.forgetUnlessFailed(bundle.getSymbolicName());
        }
        if (registration != null) {
            unregisterQuietly(registration);
        }
    }

    private boolean isCurrent(Bundle bundle, Object token) {
        return !closed && tokens.get(bundle.getBundleId()) == token;
    }

    private static String fingerprintOf(Bundle bundle, String changelog) {
        try {
            return ChangelogFingerprints.of(bundle, changelog);
        } catch (RuntimeException unreadable) {
            return null; // no fast path: Liquibase reads the changelog itself and reports what is wrong
        }
    }

    private void migrate(Bundle bundle, String path, String fingerprint, Object token, long retrySeconds) {
        synchronized (lock) {
            if (!isCurrent(bundle, token)) {
                return;
            }
        }
        try {
            long started = System.nanoTime();
            SchemaMigrator.Outcome outcome = migrator.migrate(dataSource, new BundleResourceAccessor(bundle), path, fingerprint);
            long millis = (System.nanoTime() - started) / 1_000_000;
            // SchemaReady first, APPLIED second: registering it activates the bundle's components and registers its
            // REST resources on this thread, so when the migrations readiness check turns green they all exist.
            // The other order left a moment where readiness said ready and the whiteboard then republished (404s).
            announceReady(bundle, token);
            synchronized (lock) {
                if (!isCurrent(bundle, token)) {
                    return; // stopped while migrating: its next start checks again and announces
                }
                record(bundle, path, Status.APPLIED, outcome.changesetsRun(), "", "");
            }
            if (outcome.changesetsRun() > 0) {
                LOG.info("Schema of {} migrated: {} changeset(s) from {} in {} ms", bundle.getSymbolicName(),
                        outcome.changesetsRun(), path, millis);
            } else {
                LOG.info("Schema of {} is up to date ({} in {} ms)", bundle.getSymbolicName(),
                        outcome.fingerprintMatched() ? "same changelog files as last applied" : "checked by Liquibase", millis);
            }
        } catch (SchemaMigrator.DatabaseUnavailable unavailable) {
            long next = Math.min(retrySeconds * 2, MAX_RETRY_SECONDS);
            synchronized (lock) {
                if (!isCurrent(bundle, token)) {
                    return;
                }
                record(bundle, path, Status.WAITING_FOR_DATABASE, 0, "", unavailable.getMessage());
                worker.schedule(() -> migrate(bundle, path, fingerprint, token, next), retrySeconds, TimeUnit.SECONDS);
            }
            LOG.warn("Schema of {} waits for the database ({}); retrying in {} s", bundle.getSymbolicName(),
                    unavailable.getMessage(), retrySeconds);
        } catch (SchemaMigrator.ChangesetFailed failed) {
            synchronized (lock) {
                if (!isCurrent(bundle, token)) {
                    return;
                }
                record(bundle, path, Status.FAILED, 0, failed.changeset(), failed.getMessage());
            }
            LOG.error("Schema migration of {} failed at changeset {}: {}. The bundle is stopped; fix the changelog "
                    + "or the database and start it again.", bundle.getSymbolicName(),
                    failed.changeset().isEmpty() ? path : failed.changeset(), failed.getMessage(), failed);
            stopQuietly(bundle);
        } catch (RuntimeException | Error unexpected) {
            // A task that throws is never heard of again: record it rather than leave the state PENDING.
            synchronized (lock) {
                if (!isCurrent(bundle, token)) {
                    return;
                }
                record(bundle, path, Status.FAILED, 0, "", "unexpected " + unexpected.getClass().getSimpleName());
            }
            LOG.error("Schema migration of {} failed unexpectedly", bundle.getSymbolicName(), unexpected);
        }
    }

    /** Registers outside the lock (service events run synchronously), then keeps the registration only if still wanted. */
    private void announceReady(Bundle bundle, Object token) {
        String name = bundle.getSymbolicName();
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(SchemaReady.BUNDLE, name);
        SchemaReady marker = () -> name;
        ServiceRegistration<SchemaReady> registration = context.registerService(SchemaReady.class, marker, properties);
        synchronized (lock) {
            if (isCurrent(bundle, token) && !ready.containsKey(bundle.getBundleId())) {
                ready.put(bundle.getBundleId(), registration);
                return;
            }
        }
        unregisterQuietly(registration);
    }

    private void record(Bundle bundle, String path, Status status, int changesets, String failedChangeset, String detail) {
        registry.record(new MigrationState(bundle.getSymbolicName(), path, status, changesets, failedChangeset,
                detail, Instant.now()));
    }

    private static void stopQuietly(Bundle bundle) {
        try {
            bundle.stop(Bundle.STOP_TRANSIENT);
        } catch (BundleException | IllegalStateException e) {
            LOG.warn("Could not stop {} after its failed migration", bundle.getSymbolicName(), e);
        }
    }

    private static void unregisterQuietly(ServiceRegistration<?> registration) {
        try {
            registration.unregister();
        } catch (IllegalStateException alreadyGone) {
            // the framework already removed it with the bundle
        }
    }
}
