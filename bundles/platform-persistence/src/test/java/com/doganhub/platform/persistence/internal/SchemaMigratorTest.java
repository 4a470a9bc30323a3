package com.doganhub.platform.persistence.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import liquibase.resource.ClassLoaderResourceAccessor;

/** Runs real changelogs against H2 and against the machine's PostgreSQL (a fresh database per test). */
@Tag("database")
class SchemaMigratorTest {

    private final SchemaMigrator migrator = new SchemaMigrator();
    private TestDatabase database;

    @AfterEach
    void dropDatabase() throws SQLException {
        if (database != null) {
            database.drop();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "h2", "postgresql" })
    void appliesEveryChangesetOnceAndRecordsThemInTheCoreTable(String kind) throws Exception {
        database = TestDatabase.create(kind);
        ClassLoaderResourceAccessor resources = new ClassLoaderResourceAccessor(getClass().getClassLoader());

        assertThat(migrator.migrate(database, resources, "db/test-changelog.xml", null).changesetsRun()).isEqualTo(2);
        assertThat(migrator.migrate(database, resources, "db/test-changelog.xml", null).changesetsRun()).isZero();

        assertThat(count("select count(*) from core_schema_changelog")).isEqualTo(2);
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("insert into tst_note (id, tenant_id, title, amount) values ('n1', 't1', 'فاتورة', 1150.00)");
        }
        assertThat(count("select count(*) from tst_note")).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = { "h2", "postgresql" })
    void anUnchangedChangelogIsNotHandedToLiquibaseAgain(String kind) throws Exception {
        database = TestDatabase.create(kind);
        ClassLoaderResourceAccessor resources = new ClassLoaderResourceAccessor(getClass().getClassLoader());
        assertThat(migrator.migrate(database, resources, "db/test-changelog.xml", "fingerprint-1").changesetsRun()).isEqualTo(2);
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            // Were Liquibase asked again, it would now re-create tst_note and fail.
            statement.executeUpdate("delete from core_schema_changelog");
        }

        SchemaMigrator.Outcome again = migrator.migrate(database, resources, "db/test-changelog.xml", "fingerprint-1");

        assertThat(again.fingerprintMatched()).isTrue();
        assertThat(again.changesetsRun()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = { "h2", "postgresql" })
    void aChangedChangelogIsCheckedByLiquibaseAndItsFingerprintRecorded(String kind) throws Exception {
        database = TestDatabase.create(kind);
        ClassLoaderResourceAccessor resources = new ClassLoaderResourceAccessor(getClass().getClassLoader());
        migrator.migrate(database, resources, "db/test-changelog.xml", "fingerprint-1");

        SchemaMigrator.Outcome changed = migrator.migrate(database, resources, "db/test-changelog.xml", "fingerprint-2");

        assertThat(changed.fingerprintMatched()).isFalse();
        assertThat(migrator.migrate(database, resources, "db/test-changelog.xml", "fingerprint-2").fingerprintMatched()).isTrue();
        assertThat(count("select count(*) from core_schema_fingerprint")).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = { "h2", "postgresql" })
    void namesTheChangesetThatFailed(String kind) throws Exception {
        database = TestDatabase.create(kind);
        ClassLoaderResourceAccessor resources = new ClassLoaderResourceAccessor(getClass().getClassLoader());

        assertThatThrownBy(() -> migrator.migrate(database, resources, "db/broken-changelog.xml", null))
                .isInstanceOf(SchemaMigrator.ChangesetFailed.class)
                .satisfies(failure -> assertThat(((SchemaMigrator.ChangesetFailed) failure).changeset())
                        .isEqualTo("db/broken-changelog.xml::add-to-missing-table::doganhub"));
    }

    @org.junit.jupiter.api.Test
    void anUnreachableDatabaseIsReportedAsUnavailableNotAsAFailedChangeset() {
        TestDatabase unreachable = new TestDatabase("jdbc:postgresql://127.0.0.1:1/none?connectTimeout=2", "postgres", null);
        ClassLoaderResourceAccessor resources = new ClassLoaderResourceAccessor(getClass().getClassLoader());
        assertThatThrownBy(() -> migrator.migrate(unreachable, resources, "db/test-changelog.xml", null))
                .isInstanceOf(SchemaMigrator.DatabaseUnavailable.class);
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** A DriverManager-backed DataSource over a throw-away database. */
    record TestDatabase(String url, String user, String dropName) implements DataSource {

        static TestDatabase create(String kind) throws SQLException {
            String name = "doganhub_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            if (kind.equals("h2")) {
                return new TestDatabase("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", null);
            }
            try (Connection admin = DriverManager.getConnection(PostgresServer.adminUrl(), "postgres", "");
                    Statement statement = admin.createStatement()) {
                statement.executeUpdate("create database " + name);
            }
            return new TestDatabase(PostgresServer.urlOf(name), "postgres", name);
        }

        void drop() throws SQLException {
            if (dropName == null) {
                return;
            }
            try (Connection admin = DriverManager.getConnection(PostgresServer.adminUrl(), "postgres", "");
                    Statement statement = admin.createStatement()) {
                statement.executeUpdate("drop database if exists " + dropName + " with (force)");
            }
        }

        @Override
        public Connection getConnection() throws SQLException {
            return DriverManager.getConnection(url, user, "");
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return DriverManager.getConnection(url, username, password);
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() {
            return Logger.getGlobal();
        }

        @Override
        public <T> T unwrap(Class<T> iface) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) {
            return false;
        }
    }

    /** The machine's PostgreSQL server; {@code DOGANHUB_TEST_PG} overrides host:port. */
    static final class PostgresServer {
        private PostgresServer() {
        }

        static String hostPort() {
            String configured = System.getenv("DOGANHUB_TEST_PG");
            return configured == null || configured.isBlank() ? "127.0.0.1:5432" : configured;
        }

        static String adminUrl() {
            return urlOf("postgres");
        }

        static String urlOf(String database) {
            return "jdbc:postgresql://" + hostPort() + "/" + database;
        }
    }
}
