package com.doganhub.platform.persistence.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;

import javax.sql.DataSource;

import org.osgi.framework.Bundle;

/**
 * Remembers, per changelog, a SHA-256 over every file of the changelog's folder as last applied, in
 * {@code core_schema_fingerprint}. When a bundle starts with the same files, its schema is known to be up to date
 * and Liquibase is not even loaded: on a restart that saves Liquibase's start-up (over a second here) per boot.
 * Any change to the folder (a new changeset, an edited include) changes the fingerprint and Liquibase runs as usual.
 */
final class ChangelogFingerprints {

    static final String TABLE = "core_schema_fingerprint";

    private ChangelogFingerprints() {
    }

    /** The fingerprint of the folder holding {@code changelog} (a bundle entry path such as {@code db/changelog.xml}). */
    static String of(Bundle bundle, String changelog) {
        int slash = changelog.lastIndexOf('/');
        String folder = slash < 0 ? "/" : changelog.substring(0, slash);
        Enumeration<URL> entries = bundle.findEntries(folder, "*", true);
        List<URL> files = entries == null ? new ArrayList<>() : Collections.list(entries);
        files.removeIf(url -> url.getPath().endsWith("/"));
        files.sort((a, b) -> a.getPath().compareTo(b.getPath()));
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (URL file : files) {
                digest.update(file.getPath().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                try (InputStream in = file.openStream()) {
                    digest.update(in.readAllBytes());
                }
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** Whether {@code changelog} was last applied with exactly {@code fingerprint}. */
    static boolean matches(DataSource dataSource, String changelog, String fingerprint) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            ensureTable(connection);
            try (PreparedStatement query = connection.prepareStatement(
                    "select fingerprint from " + TABLE + " where changelog = ?")) {
                query.setString(1, changelog);
                try (ResultSet row = query.executeQuery()) {
                    return row.next() && fingerprint.equals(row.getString(1));
                }
            }
        }
    }

    /**
     * Records that {@code changelog} is applied with {@code fingerprint}; another node doing the same is fine. The
     * table exists: {@link #matches} created it before the changelog was applied.
     */
    static void record(DataSource dataSource, String changelog, String fingerprint) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement update = connection.prepareStatement(
                    "update " + TABLE + " set fingerprint = ?, applied_at = ? where changelog = ?")) {
                update.setString(1, fingerprint);
                update.setTimestamp(2, Timestamp.from(Instant.now()));
                update.setString(3, changelog);
                if (update.executeUpdate() > 0) {
                    return;
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into " + TABLE + " (changelog, fingerprint, applied_at) values (?, ?, ?)")) {
                insert.setString(1, changelog);
                insert.setString(2, fingerprint);
                insert.setTimestamp(3, Timestamp.from(Instant.now()));
                insert.executeUpdate();
            } catch (SQLException raced) {
                if (!"23505".equals(raced.getSQLState())) {
                    throw raced;
                }
            }
        }
    }

    private static void ensureTable(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("create table if not exists " + TABLE + " (changelog varchar(255) not null primary key, "
                    + "fingerprint varchar(64) not null, applied_at timestamp not null)");
        }
    }
}
