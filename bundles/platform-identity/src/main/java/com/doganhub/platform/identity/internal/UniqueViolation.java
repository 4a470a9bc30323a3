package com.doganhub.platform.identity.internal;

import java.sql.SQLException;

/** Recognises a unique-constraint violation (SQL state 23505 on PostgreSQL and H2) anywhere in a cause chain. */
public final class UniqueViolation {

    private UniqueViolation() {
    }

    /** Whether the violated constraint is {@code constraint} (its name is in the database's message). */
    public static boolean on(Throwable failure, String constraint) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && "23505".equals(sql.getSQLState()) && sql.getMessage() != null
                    && sql.getMessage().toLowerCase(java.util.Locale.ROOT).contains(constraint)) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    public static boolean in(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
