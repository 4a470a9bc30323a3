package com.doganhub.platform.persistence.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class DatabaseTargetTest {

    private final Path data = Path.of("/opt/doganhub/data");

    @Test
    void emptyUrlMeansTheEmbeddedH2FileDatabaseUnderData() {
        DatabaseTarget target = DatabaseTarget.from("", "", "", data);
        assertThat(target.driverClass()).isEqualTo("org.h2.Driver");
        assertThat(target.jdbcUrl()).isEqualTo("jdbc:h2:file:/opt/doganhub/data/db/doganhub;DB_CLOSE_ON_EXIT=FALSE");
        assertThat(target.user()).isEqualTo("sa");
    }

    @Test
    void anUnsetEnvironmentVariableCountsAsEmpty() {
        assertThat(DatabaseTarget.from("${env:DATABASE_URL}", "${env:DATABASE_USER}", "${env:DATABASE_PASSWORD}", data)
                .driverClass()).isEqualTo("org.h2.Driver");
    }

    @Test
    void hostingStyleUrlsBecomeJdbcUrlsWithTheirCredentials() {
        DatabaseTarget target = DatabaseTarget.from("postgres://doganhub:p%40ss@db.internal:6543/prod?sslmode=require", "", "", data);
        assertThat(target.driverClass()).isEqualTo("org.postgresql.Driver");
        assertThat(target.jdbcUrl()).isEqualTo("jdbc:postgresql://db.internal:6543/prod?sslmode=require");
        assertThat(target.user()).isEqualTo("doganhub");
        assertThat(target.password()).isEqualTo("p@ss");
    }

    @Test
    void explicitUserAndPasswordWinOverTheUrl() {
        DatabaseTarget target = DatabaseTarget.from("postgresql://a:b@localhost/x", "owner", "secret", data);
        assertThat(target.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost:5432/x");
        assertThat(target.user()).isEqualTo("owner");
        assertThat(target.password()).isEqualTo("secret");
    }

    @Test
    void jdbcUrlsPassThrough() {
        assertThat(DatabaseTarget.from("jdbc:postgresql://127.0.0.1:5432/doganhub", "postgres", "", data).jdbcUrl())
                .isEqualTo("jdbc:postgresql://127.0.0.1:5432/doganhub");
    }

    @Test
    void unsupportedDatabasesAreRefusedWithoutShowingThePassword() {
        assertThatThrownBy(() -> DatabaseTarget.from("mysql://root:hunter2@localhost/x", "", "", data))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mysql://root:****@localhost/x")
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void toStringNeverShowsThePassword() {
        DatabaseTarget target = DatabaseTarget.from("postgres://u:hunter2@h/db", "", "", data);
        assertThat(target.toString()).doesNotContain("hunter2");
    }

    @Test
    void aMalformedUrlIsRefusedWithoutQuotingThePassword() {
        assertThatThrownBy(() -> DatabaseTarget.from("postgres://app:s3cr^t@db/x", "", "", data))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("percent-encode")
                .hasMessageNotContaining("s3cr^t")
                .hasNoCause();
    }
}
