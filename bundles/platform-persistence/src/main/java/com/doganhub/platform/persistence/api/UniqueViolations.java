package com.doganhub.platform.persistence.api;

import java.sql.SQLException;

/**
 * Recognises a unique-constraint violation (SQL state 23505 on PostgreSQL and H2) anywhere in a cause chain: how a
 * module learns that another request or node inserted the same key first.
 */
public final class UniqueViolations {

    private static final String UNIQUE_VIOLATION = "23505";

    private UniqueViolations() {
    }

    public static boolean in(Throwable failure) {
        return find(failure) != null;
    }

    /** The violation's own exception, whose message names the constraint, or {@code null}. */
    public static SQLException find(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return sql;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }
}
