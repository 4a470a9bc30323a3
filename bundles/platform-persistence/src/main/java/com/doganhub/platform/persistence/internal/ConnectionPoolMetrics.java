package com.doganhub.platform.persistence.internal;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

import org.osgi.service.component.annotations.Component;

import com.doganhub.platform.api.metrics.Metric;
import com.doganhub.platform.api.metrics.MetricSource;

/**
 * The database connection pool's figures for {@code /metrics}: active, idle and waiting connections and the limit,
 * read from the MBeans commons-pool2 registers for each pool (the platform's DataSource is a dbcp2 pool made by
 * pax-jdbc). Nothing is reported while no pool exists.
 */
@Component(service = MetricSource.class)
public class ConnectionPoolMetrics implements MetricSource {

    // pax-jdbc registers its dbcp2 pools as org.ops4j.pax.jdbc.pool.dbcp2:type=GenericObjectPool,name=...; plain
    // commons-pool2 uses its own domain: any domain will do.
    private static final String POOLS = "*:type=GenericObjectPool,*";

    @Override
    public List<Metric> metrics() {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        List<Metric> metrics = new ArrayList<>();
        Set<ObjectName> pools;
        try {
            pools = server.queryNames(new ObjectName(POOLS), null);
        } catch (JMException impossible) {
            return metrics;
        }
        for (ObjectName pool : pools) {
            String name = pool.getKeyProperty("name") == null ? pool.toString() : pool.getKeyProperty("name");
            try {
                for (String[] state : new String[][] { { "active", "NumActive" }, { "idle", "NumIdle" },
                        { "waiting", "NumWaiters" } }) {
                    metrics.add(Metric.gauge("doganhub_db_pool_connections", "Database pool connections by state",
                            Map.of("pool", name, "state", state[0]),
                            ((Number) server.getAttribute(pool, state[1])).doubleValue()));
                }
                metrics.add(Metric.gauge("doganhub_db_pool_max_connections", "Database pool size limit",
                        Map.of("pool", name), ((Number) server.getAttribute(pool, "MaxTotal")).doubleValue()));
                metrics.add(Metric.counter("doganhub_db_pool_borrowed_total", "Connections borrowed from the pool",
                        Map.of("pool", name), ((Number) server.getAttribute(pool, "BorrowedCount")).doubleValue()));
                metrics.add(Metric.gauge("doganhub_db_pool_max_borrow_wait_seconds",
                        "Longest wait for a connection so far", Map.of("pool", name),
                        ((Number) server.getAttribute(pool, "MaxBorrowWaitTimeMillis")).doubleValue() / 1000.0));
            } catch (JMException | ClassCastException gone) {
                // the pool closed between the query and the read (a DataSource switch): skip it this scrape
            }
        }
        return metrics;
    }
}
