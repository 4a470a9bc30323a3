package com.doganhub.platform.persistence.internal;

import java.sql.Connection;
import java.sql.SQLException;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.exception.LockException;
import liquibase.exception.MigrationFailedException;
import liquibase.resource.ResourceAccessor;

/**
 * Applies one changelog to the platform database with Liquibase, recording applied changesets in
 * {@code core_schema_changelog} (Liquibase's lock in {@code core_schema_changelog_lock}), which several nodes
 * starting at once share safely.
 */
final class SchemaMigrator {

    static final String CHANGELOG_TABLE = "core_schema_changelog";
    static final String LOCK_TABLE = "core_schema_changelog_lock";
    private static final Pattern FAILED_CHANGESET = Pattern.compile("changeset (\\S+::\\S+::[^:\\s]+)");

    /** The result of one run; {@code fingerprintMatched} when Liquibase was not needed at all. */
    record Outcome(int changesetsRun, boolean fingerprintMatched) {
    }

    /** The database could not be reached: worth retrying later. */
    static final class DatabaseUnavailable extends Exception {
        private static final long serialVersionUID = 1L;

        DatabaseUnavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** A changeset failed: the schema is not usable until someone fixes it. */
    static final class ChangesetFailed extends Exception {
        private static final long serialVersionUID = 1L;
        private final String changeset;

        ChangesetFailed(String changeset, String message, Throwable cause) {
            super(message, cause);
            this.changeset = changeset;
        }

        String changeset() {
            return changeset;
        }
    }

    /**
     * Applies the changelog unless {@code fingerprint} (of the changelog's files, see {@link ChangelogFingerprints})
     * equals the one recorded when it was last applied; {@code null} always runs Liquibase. The fingerprint is an
     * optimisation only: when it cannot be read or written, Liquibase decides as always.
     */
    Outcome migrate(DataSource dataSource, ResourceAccessor resources, String changelogPath, String fingerprint)
            throws DatabaseUnavailable, ChangesetFailed {
        if (fingerprint != null && fingerprintMatches(dataSource, changelogPath, fingerprint)) {
            return new Outcome(0, true);
        }
        Outcome outcome = runLiquibase(dataSource, resources, changelogPath);
        if (fingerprint != null) {
            try {
                ChangelogFingerprints.record(dataSource, changelogPath, fingerprint);
            } catch (SQLException | RuntimeException notRecorded) {
                // the next start runs Liquibase again, which finds nothing to do
            }
        }
        return outcome;
    }

    private static boolean fingerprintMatches(DataSource dataSource, String changelogPath, String fingerprint) {
        try {
            return ChangelogFingerprints.matches(dataSource, changelogPath, fingerprint);
        } catch (SQLException | RuntimeException unknown) {
            return false; // Liquibase will report an unreachable database properly
        }
    }

    private Outcome runLiquibase(DataSource dataSource, ResourceAccessor resources, String changelogPath)
            throws DatabaseUnavailable, ChangesetFailed {
        Connection connection;
        try {
            connection = dataSource.getConnection();
        } catch (SQLException | RuntimeException unreachable) {
            throw new DatabaseUnavailable(rootMessage(unreachable), unreachable);
        }
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // Liquibase finds its own extensions through the context class loader.
        thread.setContextClassLoader(Liquibase.class.getClassLoader());
        try {
            Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
            database.setDatabaseChangeLogTableName(CHANGELOG_TABLE);
            database.setDatabaseChangeLogLockTableName(LOCK_TABLE);
            // Closing Liquibase closes the connection, returning it to the pool.
            try (Liquibase liquibase = new Liquibase(changelogPath, resources, database)) {
                int pending = liquibase.listUnrunChangeSets(new Contexts(), new LabelExpression()).size();
                if (pending > 0) {
                    liquibase.update(new Contexts(), new LabelExpression());
                }
                return new Outcome(pending, false);
            }
        } catch (LiquibaseException failure) {
            if (isConnectionProblem(failure)) {
                throw new DatabaseUnavailable(rootMessage(failure), failure);
            }
            throw new ChangesetFailed(failedChangeset(failure), rootMessage(failure), failure);
        } catch (Exception failure) {
            if (isConnectionProblem(failure)) {
                throw new DatabaseUnavailable(rootMessage(failure), failure);
            }
            throw new ChangesetFailed("", rootMessage(failure), failure);
        } finally {
            thread.setContextClassLoader(previous);
            closeQuietly(connection);
        }
    }

    /** Liquibase names the failed changeset only in its message: "Migration failed for changeset path::id::author:". */
    static String failedChangeset(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof MigrationFailedException && t.getMessage() != null) {
                Matcher matcher = FAILED_CHANGESET.matcher(t.getMessage());
                if (matcher.find()) {
                    return matcher.group(1);
                }
            }
        }
        return "";
    }

    /**
     * SQL state class 08 is "connection exception" on every database we support. A changelog lock held by another
     * node (or left by a node that died) is also a reason to wait and retry, never to stop the bundle.
     */
    private static boolean isConnectionProblem(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof LockException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
            if (t instanceof java.net.ConnectException) {
                return true;
            }
        }
        return false;
    }

    static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return Secrets.maskUrl(message.strip());
    }

    private static void closeQuietly(Connection connection) {
        try {
            if (!connection.isClosed()) {
                connection.close();
            }
        } catch (SQLException ignored) {
            // already broken; the pool discards it
        }
    }
}
