package com.doganhub.platform.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import com.doganhub.platform.api.error.ValidationFailed;

class AuditFilterTest {

    @Test
    void aDateAsUpperBoundIncludesTheWholeDay() {
        AuditFilter filter = AuditFilter.parse("user", null, null, null, "2026-11-01", "2026-11-27", null);

        assertThat(filter.parameters()).containsEntry("entityType", "user")
                .containsEntry("from", LocalDateTime.parse("2026-11-01T00:00"))
                .containsEntry("to", LocalDateTime.parse("2026-11-28T00:00"));
    }

    @Test
    void instantsAreReadAsUtc() {
        AuditFilter filter = AuditFilter.parse(null, null, null, null, "2026-11-27T12:30:00+03:00", null, null);

        assertThat(filter.parameters()).containsEntry("from", LocalDateTime.parse("2026-11-27T09:30"));
    }

    @Test
    void everyBadParameterIsNamed() {
        assertThatThrownBy(() -> AuditFilter.parse(null, null, null, null, "yesterday", "27/11/2026", "%%%"))
                .isInstanceOfSatisfying(ValidationFailed.class, failure -> assertThat(failure.errors())
                        .extracting(error -> error.field()).containsExactly("from", "to", "cursor"));
    }

    @Test
    void aCursorRoundTripsThroughTheLastEntryShown() {
        AuditEntryEntity entry = new AuditEntryEntity("e-9", LocalDateTime.parse("2026-11-27T09:30:00.125"), "u-1",
                "user", "u-2", "create", null, "req-1", "127.0.0.1");

        AuditFilter next = AuditFilter.parse(null, null, null, null, null, null, AuditFilter.cursorOf(entry));

        assertThat(next.parameters()).containsEntry("cursorTime", LocalDateTime.parse("2026-11-27T09:30:00.125"))
                .containsEntry("cursorId", "e-9");
    }
}
