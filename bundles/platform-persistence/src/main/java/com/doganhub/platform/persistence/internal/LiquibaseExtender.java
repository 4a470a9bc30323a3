package com.doganhub.platform.persistence.internal;

import java.time.Instant;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleListener;
import org.osgi.framework.BundleException;
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
    private final Map<Long, ServiceRegistration<SchemaReady>> ready = new ConcurrentHashMap<>();
    /** Bundles currently tracked; kept here because the tracker records a bundle only after addingBundle returns. */
    private final Set<Long> tracked = ConcurrentHashMap.newKeySet();
    private final BundleContext context;
    private final BundleTracker<String> tracker;
    private final BundleListener forgetUninstalled;

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
    void deactivate() {
        context.removeBundleListener(forgetUninstalled);
        tracker.close();
        worker.shutdownNow();
        ready.values().forEach(LiquibaseExtender::unregisterQuietly);
        ready.clear();
    }

    @Override
    public String addingBundle(Bundle bundle, BundleEvent event) {
        String changelog = bundle.getHeaders().get(SchemaReady.CHANGELOG_HEADER);
        if (changelog == null || changelog.isBlank()) {
            return null;
        }
        String path = BundleResourceAccessor.pathOf(bundle, changelog.trim());
        record(bundle, path, Status.PENDING, 0, "", "");
        tracked.add(bundle.getBundleId());
        worker.execute(() -> migrate(bundle, path, FIRST_RETRY_SECONDS));
        return path;
    }

    @Override
    public void modifiedBundle(Bundle bundle, BundleEvent event, String path) {
        // STARTING -> ACTIVE needs nothing more
    }

    @Override
    public void removedBundle(Bundle bundle, BundleEvent event, String path) {
        tracked.remove(bundle.getBundleId());
        ServiceRegistration<SchemaReady> registration = ready.remove(bundle.getBundleId());
        if (registration != null) {
            unregisterQuietly(registration);
        }
        // A failed migration stays visible (and readiness stays red) until the bundle is started again or uninstalled.
        registry.forgetUnlessFailed(bundle.getSymbolicName());
    }

    private void migrate(Bundle bundle, String path, long retrySeconds) {
        if (!tracked.contains(bundle.getBundleId())) {
            return;
        }
        try {
            SchemaMigrator.Outcome outcome = migrator.migrate(dataSource, new BundleResourceAccessor(bundle), path);
            if (!tracked.contains(bundle.getBundleId())) {
                return; // stopped while migrating: its next start migrates (nothing left to do) and announces
            }
            record(bundle, path, Status.APPLIED, outcome.changesetsRun(), "", "");
            if (outcome.changesetsRun() > 0) {
                LOG.info("Schema of {} migrated: {} changeset(s) from {}", bundle.getSymbolicName(), outcome.changesetsRun(), path);
            }
            announceReady(bundle);
        } catch (SchemaMigrator.DatabaseUnavailable unavailable) {
            record(bundle, path, Status.WAITING_FOR_DATABASE, 0, "", unavailable.getMessage());
            LOG.warn("Schema of {} waits for the database ({}); retrying in {} s", bundle.getSymbolicName(),
                    unavailable.getMessage(), retrySeconds);
            long next = Math.min(retrySeconds * 2, MAX_RETRY_SECONDS);
            if (!worker.isShutdown()) {
                worker.schedule(() -> migrate(bundle, path, next), retrySeconds, TimeUnit.SECONDS);
            }
        } catch (SchemaMigrator.ChangesetFailed failed) {
            record(bundle, path, Status.FAILED, 0, failed.changeset(), failed.getMessage());
            LOG.error("Schema migration of {} failed at changeset {}: {}. The bundle is stopped; fix the changelog "
                    + "or the database and start it again.", bundle.getSymbolicName(),
                    failed.changeset().isEmpty() ? path : failed.changeset(), failed.getMessage(), failed);
            stopQuietly(bundle);
        }
    }

    private void announceReady(Bundle bundle) {
        String name = bundle.getSymbolicName();
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(SchemaReady.BUNDLE, name);
        SchemaReady marker = () -> name;
        ready.computeIfAbsent(bundle.getBundleId(), id -> context.registerService(SchemaReady.class, marker, properties));
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
