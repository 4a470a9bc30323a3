package com.doganhub.platform.persistence.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import com.doganhub.platform.api.health.Readiness;
import com.doganhub.platform.api.health.ReadinessCheck;

/**
 * The {@code database} readiness check. A background probe borrows a connection and validates it every few
 * seconds, so {@code /health/ready} answers at once from the last result and never waits on a hung database.
 */
@Component(service = ReadinessCheck.class, immediate = true)
public class DatabaseReadiness implements ReadinessCheck {

    private static final int PROBE_SECONDS = 3;
    private static final int VALIDATION_TIMEOUT_SECONDS = 2;
    /** Longer than a pooled connection wait (10 s) plus validation, so a slow but working database stays ready. */
    private static final int STALE_SECONDS = 20;

    private volatile DataSource dataSource;

    private final ScheduledExecutorService prober = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "doganhub-database-probe");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Readiness last = Readiness.notReady("database", "not probed yet");
    private volatile long lastProbeFinishedNanos = System.nanoTime();

    /** A new DataSource is probed at once, so readiness does not lag a database switch by a probe interval. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY,
            target = "(osgi.jndi.service.name=" + DataSourcePublisher.DATASOURCE_NAME + ")")
    void bindDataSource(DataSource bound) {
        dataSource = bound;
        probeSoon();
    }

    void unbindDataSource(DataSource unbound) {
        if (dataSource == unbound) {
            dataSource = null;
            probeSoon();
        }
    }

    private void probeSoon() {
        if (!prober.isShutdown()) {
            prober.execute(this::probe);
        }
    }

    @Activate
    void activate() {
        prober.scheduleWithFixedDelay(this::probe, 0, PROBE_SECONDS, TimeUnit.SECONDS);
    }

    @Deactivate
    void deactivate() {
        prober.shutdownNow();
    }

    @Override
    public String name() {
        return "database";
    }

    /** A probe that has not come back (a database that accepts connections but never answers) is not ready either. */
    @Override
    public Readiness check() {
        long silentSeconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - lastProbeFinishedNanos);
        if (silentSeconds > STALE_SECONDS) {
            return Readiness.notReady(name(), "no answer from the database for " + silentSeconds + " s");
        }
        return last;
    }

    void probe() {
        try {
            last = probe(dataSource);
        } catch (Throwable unexpected) {
            // A scheduled task that throws is never run again: keep probing, report the failure.
            last = Readiness.notReady(name(), "probe failed: " + unexpected.getClass().getSimpleName());
        } finally {
            lastProbeFinishedNanos = System.nanoTime();
        }
    }

    Readiness probe(DataSource current) {
        if (current == null) {
            return Readiness.notReady(name(), "no DataSource registered: check etc/" + DatabaseSettings.PID + ".cfg and the log");
        }
        try (Connection connection = current.getConnection()) {
            if (!connection.isValid(VALIDATION_TIMEOUT_SECONDS)) {
                return Readiness.notReady(name(), "connection did not validate within " + VALIDATION_TIMEOUT_SECONDS + " s");
            }
            var meta = connection.getMetaData();
            return Readiness.ready(name(), meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion());
        } catch (SQLException | RuntimeException unreachable) {
            return Readiness.notReady(name(), "unreachable: " + SchemaMigrator.rootMessage(unreachable));
        }
    }
}
