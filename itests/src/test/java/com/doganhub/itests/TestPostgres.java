package com.doganhub.itests;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A fresh database on the machine's PostgreSQL server for one test class. Runs in the test driver, before the
 * container boots; {@code DOGANHUB_TEST_PG} (host:port) points elsewhere.
 */
final class TestPostgres {

    private TestPostgres() {
    }

    static String hostPort() {
        String configured = System.getenv("DOGANHUB_TEST_PG");
        return configured == null || configured.isBlank() ? "127.0.0.1:5432" : configured;
    }

    static int port() {
        return Integer.parseInt(hostPort().substring(hostPort().lastIndexOf(':') + 1));
    }

    static String createDatabase(String prefix) {
        String name = prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        try (Connection admin = DriverManager.getConnection("jdbc:postgresql://" + hostPort() + "/postgres", "postgres", "");
                Statement statement = admin.createStatement()) {
            statement.executeUpdate("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL must answer on " + hostPort() + " (trust auth for 'postgres'): "
                    + e.getMessage(), e);
        }
        // The test driver outlives the container it boots: drop the database when the driver exits.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(name), "drop-" + name));
        return name;
    }

    static void drop(String name) {
        try (Connection admin = DriverManager.getConnection("jdbc:postgresql://" + hostPort() + "/postgres", "postgres", "");
                Statement statement = admin.createStatement()) {
            statement.executeUpdate("drop database if exists " + name + " with (force)");
        } catch (SQLException e) {
            System.err.println("Could not drop test database " + name + ": " + e.getMessage());
        }
    }
}
