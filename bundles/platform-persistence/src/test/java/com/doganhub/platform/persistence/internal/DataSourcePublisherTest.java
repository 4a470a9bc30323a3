package com.doganhub.platform.persistence.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.Annotation;
import java.nio.file.Path;
import java.util.Dictionary;

import org.junit.jupiter.api.Test;

class DataSourcePublisherTest {

    @Test
    void thePoolIsXaCapableAndNamedForJndiLookups() {
        Dictionary<String, Object> properties = DataSourcePublisher.poolProperties(
                DatabaseTarget.from("jdbc:postgresql://db:5432/doganhub", "app", "s3cret", Path.of("data")), settings(8));
        assertThat(properties.get("osgi.jdbc.driver.class")).isEqualTo("org.postgresql.Driver");
        assertThat(properties.get("dataSourceName")).isEqualTo("doganhub");
        assertThat(properties.get("pool")).isEqualTo("dbcp2");
        assertThat(properties.get("xa")).isEqualTo("true");
        assertThat(properties.get("jdbc.pool.maxTotal")).isEqualTo("8");
        assertThat(properties.get("jdbc.pool.maxWaitMillis")).isEqualTo("10000");
    }

    @Test
    void aRemovedPasswordCountsAsAChange() {
        Dictionary<String, Object> withPassword = DataSourcePublisher.poolProperties(
                DatabaseTarget.from("jdbc:postgresql://db/x", "app", "s3cret", Path.of("data")), settings(8));
        Dictionary<String, Object> without = DataSourcePublisher.poolProperties(
                DatabaseTarget.from("jdbc:postgresql://db/x", "app", "", Path.of("data")), settings(8));
        assertThat(DataSourcePublisher.sameProperties(withPassword, without)).isFalse();
        assertThat(DataSourcePublisher.sameProperties(withPassword, withPassword)).isTrue();
    }

    @Test
    void configAdminBookkeepingIsNotAChange() {
        Dictionary<String, Object> wanted = DataSourcePublisher.poolProperties(
                DatabaseTarget.from("", "", "", Path.of("data")), settings(16));
        Dictionary<String, Object> stored = DataSourcePublisher.poolProperties(
                DatabaseTarget.from("", "", "", Path.of("data")), settings(16));
        stored.put("service.pid", "org.ops4j.datasource~doganhub");
        stored.put("service.factoryPid", "org.ops4j.datasource");
        stored.put("felix.fileinstall.filename", "file:/opt/doganhub/etc/org.ops4j.datasource-doganhub.cfg");
        assertThat(DataSourcePublisher.sameProperties(stored, wanted)).isTrue();
    }

    private static DatabaseSettings settings(int maxTotal) {
        return new DatabaseSettings() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return DatabaseSettings.class;
            }

            @Override
            public String url() {
                return "";
            }

            @Override
            public String user() {
                return "";
            }

            @Override
            public String password() {
                return "";
            }

            @Override
            public int pool_maxTotal() {
                return maxTotal;
            }

            @Override
            public int pool_maxWaitSeconds() {
                return 10;
            }
        };
    }
}
