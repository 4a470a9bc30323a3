package com.doganhub.platform.persistence.internal;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The database the platform should use, worked out from the configured URL: which JDBC driver, which JDBC URL,
 * which credentials. Understands JDBC URLs and the {@code postgres://user:password@host:port/db} form that
 * hosting platforms put in {@code DATABASE_URL}.
 */
record DatabaseTarget(String driverClass, String jdbcUrl, String user, String password) {

    static final String H2_DRIVER = "org.h2.Driver";
    static final String POSTGRESQL_DRIVER = "org.postgresql.Driver";

    static DatabaseTarget from(String url, String user, String password, Path dataDirectory) {
        String trimmed = blankToEmpty(url);
        if (trimmed.isEmpty() || trimmed.startsWith("${env:")) {
            String file = dataDirectory.resolve("db").resolve("doganhub").toAbsolutePath().toString().replace('\\', '/');
            return new DatabaseTarget(H2_DRIVER, "jdbc:h2:file:" + file + ";DB_CLOSE_ON_EXIT=FALSE",
                    orDefault(user, "sa"), blankToEmpty(password));
        }
        if (trimmed.startsWith("jdbc:h2:")) {
            return new DatabaseTarget(H2_DRIVER, trimmed, orDefault(user, "sa"), blankToEmpty(password));
        }
        if (trimmed.startsWith("jdbc:postgresql:")) {
            return new DatabaseTarget(POSTGRESQL_DRIVER, trimmed, blankToEmpty(user), blankToEmpty(password));
        }
        if (trimmed.startsWith("postgres://") || trimmed.startsWith("postgresql://")) {
            URI uri;
            try {
                uri = URI.create(trimmed);
            } catch (IllegalArgumentException malformed) {
                // The parser's message quotes the whole URL, password included: say where, not what.
                throw new IllegalArgumentException("malformed database URL " + Secrets.maskUrl(trimmed)
                        + " (percent-encode special characters in the user and password)");
            }
            return fromPostgresUri(uri, user, password);
        }
        throw new IllegalArgumentException("unsupported database URL (use jdbc:postgresql:, postgres:// or jdbc:h2:): "
                + Secrets.maskUrl(trimmed));
    }

    private static DatabaseTarget fromPostgresUri(URI uri, String user, String password) {
        String uriUser = "";
        String uriPassword = "";
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            uriUser = decode(parts[0]);
            uriPassword = parts.length > 1 ? decode(parts[1]) : "";
        }
        int port = uri.getPort() > 0 ? uri.getPort() : 5432;
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        String jdbcUrl = "jdbc:postgresql://" + uri.getHost() + ":" + port + uri.getRawPath() + query;
        return new DatabaseTarget(POSTGRESQL_DRIVER, jdbcUrl, orDefault(user, uriUser), orDefault(password, uriPassword));
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }

    private static String orDefault(String value, String fallback) {
        String trimmed = blankToEmpty(value);
        return trimmed.isEmpty() ? fallback : trimmed;
    }

    /** An unresolved {@code ${env:NAME}} (the variable is not set) counts as empty. */
    private static String blankToEmpty(String value) {
        if (value == null || value.isBlank() || value.trim().matches("\\$\\{env:[^}]*}")) {
            return "";
        }
        return value.trim();
    }

    @Override
    public String toString() {
        return "DatabaseTarget[" + driverClass + " " + Secrets.maskUrl(jdbcUrl) + " user=" + user + "]";
    }
}
