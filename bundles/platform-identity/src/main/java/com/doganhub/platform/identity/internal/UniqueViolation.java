package com.doganhub.platform.identity.internal;

import java.sql.SQLException;
import java.util.Locale;

import com.doganhub.platform.persistence.api.UniqueViolations;

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
        return UniqueViolations.find(failure);
    }
}
