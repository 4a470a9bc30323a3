package com.doganhub.platform.identity.internal;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** Timestamps as the tables store them: UTC, millisecond precision (what both H2 and PostgreSQL keep). */
public final class UtcTime {

    private UtcTime() {
    }

    public static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
    }
}
