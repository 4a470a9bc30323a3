package com.doganhub.platform.persistence.api;

import java.time.Instant;
import java.util.Objects;

/**
 * Where one bundle's schema stands.
 *
 * @param bundle          symbolic name of the bundle that owns the changelog
 * @param changelog       the changelog path inside the bundle
 * @param status          see {@link Status}
 * @param changesetsRun   changesets applied by the last migration (0 when already up to date)
 * @param failedChangeset the changeset that failed ({@code path::id::author}), or empty
 * @param detail          what happened, for operators
 * @param at              when the status was reached
 */
public record MigrationState(String bundle, String changelog, Status status, int changesetsRun,
        String failedChangeset, String detail, Instant at) {

    public enum Status { PENDING, WAITING_FOR_DATABASE, APPLIED, FAILED }

    public MigrationState {
        Objects.requireNonNull(bundle, "bundle");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(at, "at");
        failedChangeset = failedChangeset == null ? "" : failedChangeset;
        detail = detail == null ? "" : detail;
    }
}
