package com.doganhub.platform.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.doganhub.platform.api.audit.AuditEvent;
import com.doganhub.platform.api.audit.AuditEvent.FieldChange;

class JpaAuditLogTest {

    @Test
    void ordinaryFieldsAreRecordedAsTheyAre() {
        AuditEvent event = AuditEvent.of("user", "u-1", "update").with("name", "سارة", "سارة العتيبي");

        assertThat(JpaAuditLog.masked(event.changes()))
                .containsEntry("name", new FieldChange("سارة", "سارة العتيبي"));
    }

    @Test
    void aPasswordChangeShowsOnlyThatItChanged() {
        AuditEvent event = AuditEvent.of("user", "u-1", "update").with("passwordHash", null, "$2y$12$abcdefghijklmnop");

        assertThat(JpaAuditLog.masked(event.changes())).containsEntry("passwordHash", new FieldChange(null, "••••"));
    }

    @Test
    void otherSecretsKeepTheirFirstAndLastFourCharacters() {
        Map<String, FieldChange> masked = JpaAuditLog.masked(Map.of("apiKey",
                new FieldChange("sk_live_51HabcdefghijklmnOPQR1234", "sk_live_51HzyxwvutsrqponmlkWXYZ9876")));

        assertThat(masked).containsEntry("apiKey", new FieldChange("sk_l…1234", "sk_l…9876"));
    }

    @Test
    void unchangedValuesAreNotRecorded() {
        AuditEvent event = AuditEvent.of("tenant", "t-1", "update").with("locale", "ar", "ar");

        assertThat(event.changes()).isEmpty();
    }
}
