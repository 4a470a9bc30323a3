package com.doganhub.platform.persistence.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Dictionary;
import java.util.Enumeration;
import java.util.Hashtable;
import java.util.Map;
import java.util.TreeMap;

import org.osgi.framework.BundleContext;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns {@code com.doganhub.persistence} (one URL, H2 when empty) into the pax-jdbc-config factory configuration
 * {@code org.ops4j.datasource~doganhub}, which registers the pooled, XA-capable DataSource every bundle uses
 * ({@code osgi.jndi.service.name=doganhub}). Editing the URL at runtime re-registers the DataSource; its users
 * restart on their own.
 */
@Component(configurationPid = DatabaseSettings.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL, immediate = true)
@Designate(ocd = DatabaseSettings.class)
public class DataSourcePublisher {

    static final String DATASOURCE_NAME = "doganhub";
    private static final String PAX_JDBC_FACTORY_PID = "org.ops4j.datasource";
    private static final Logger LOG = LoggerFactory.getLogger(DataSourcePublisher.class);

    private final ConfigurationAdmin configurationAdmin;
    private final Path dataDirectory;

    @Activate
    public DataSourcePublisher(@Reference ConfigurationAdmin configurationAdmin, BundleContext context,
            DatabaseSettings settings) {
        this.configurationAdmin = configurationAdmin;
        String karafData = context.getProperty("karaf.data");
        this.dataDirectory = Path.of(karafData == null ? "data" : karafData);
        publish(settings);
    }

    @Modified
    void modified(DatabaseSettings settings) {
        publish(settings);
    }

    private void publish(DatabaseSettings settings) {
        DatabaseTarget target;
        try {
            target = DatabaseTarget.from(settings.url(), settings.user(), settings.password(), dataDirectory);
        } catch (IllegalArgumentException invalid) {
            LOG.error("Database not configured: {}. Fix 'url' in etc/{}.cfg (or DATABASE_URL).", invalid.getMessage(),
                    DatabaseSettings.PID);
            return;
        }
        Dictionary<String, Object> wanted = poolProperties(target, settings);
        try {
            Configuration configuration = configurationAdmin.getFactoryConfiguration(PAX_JDBC_FACTORY_PID,
                    DATASOURCE_NAME, "?");
            if (sameProperties(configuration.getProperties(), wanted)) {
                return;
            }
            configuration.update(wanted);
            LOG.info("Platform database: {}", target);
        } catch (IOException failed) {
            LOG.error("Could not publish the DataSource configuration", failed);
        }
    }

    static Dictionary<String, Object> poolProperties(DatabaseTarget target, DatabaseSettings settings) {
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put("osgi.jdbc.driver.class", target.driverClass());
        properties.put("url", target.jdbcUrl());
        if (!target.user().isEmpty()) {
            properties.put("user", target.user());
        }
        if (!target.password().isEmpty()) {
            properties.put("password", target.password());
        }
        properties.put("dataSourceName", DATASOURCE_NAME);
        properties.put("pool", "dbcp2");
        properties.put("xa", "true");
        properties.put("jdbc.pool.maxTotal", String.valueOf(settings.pool_maxTotal()));
        properties.put("jdbc.pool.maxWaitMillis", String.valueOf(settings.pool_maxWaitSeconds() * 1000L));
        properties.put("jdbc.pool.testOnBorrow", "true");
        properties.put("jdbc.factory.validationQueryTimeout", "2");
        return properties;
    }

    static boolean sameProperties(Dictionary<String, Object> existing, Dictionary<String, Object> wanted) {
        return existing != null && ownKeys(existing).equals(ownKeys(wanted));
    }

    /** The properties we set, without those Config Admin and File Install add (service.pid, felix.*). */
    private static Map<String, String> ownKeys(Dictionary<String, Object> properties) {
        Map<String, String> own = new TreeMap<>();
        for (Enumeration<String> keys = properties.keys(); keys.hasMoreElements();) {
            String key = keys.nextElement();
            if (!key.startsWith("service.") && !key.startsWith("felix.")) {
                own.put(key, String.valueOf(properties.get(key)));
            }
        }
        return own;
    }
}
