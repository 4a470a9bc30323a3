package com.doganhub.platform.identity.internal;

import java.sql.SQLException;
import java.util.Locale;

/** Recognises a unique-constraint violation (SQL state 23505 on PostgreSQL and H2) anywhere in a cause chain. */
public final class UniqueViolation {

    private UniqueViolation() {
    }

    /** Whether the violated constraint is {@code constraint} (its name is in the database's message). */
    public static boolean on(Throwable failure, String constraint) {
        SQLException violation = find(failure);
        return violation != null && violation.getMessage() != null
                && violation.getMessage().toLowerCase(Locale.ROOT).contains(constraint);
    }

    public static boolean in(Throwable failure) {
        return find(failure) != null;
    }

    private static SQLException find(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return sql;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }
}
