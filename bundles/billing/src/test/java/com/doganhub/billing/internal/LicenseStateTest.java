package com.doganhub.billing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import com.doganhub.billing.internal.licenses.LicenseState;
import com.doganhub.billing.internal.licenses.RenewalReminders;

class LicenseStateTest {

    private static final Instant EXPIRY = Instant.parse("2026-12-31T00:00:00Z");
    private static final Duration GRACE = Duration.ofDays(7);
    private static final int[] DAYS = { 30, 7, 1 };

    @Test
    void aPaidLicenseIsActiveUntilExpiryThenGraceThenReadOnly() {
        assertThat(state(null, EXPIRY.minusSeconds(1))).isEqualTo(LicenseState.ACTIVE);
        assertThat(state(null, EXPIRY)).isEqualTo(LicenseState.GRACE);
        assertThat(state(null, EXPIRY.plus(GRACE).minusSeconds(1))).isEqualTo(LicenseState.GRACE);
        assertThat(state(null, EXPIRY.plus(GRACE))).isEqualTo(LicenseState.READ_ONLY);
    }

    @Test
    void aFailedRenewalStartsTheGracePeriodAtTheFailure() {
        Instant failed = EXPIRY.minus(Duration.ofDays(20));
        assertThat(state(failed, failed.plusSeconds(60))).isEqualTo(LicenseState.GRACE);
        assertThat(state(failed, failed.plus(GRACE))).isEqualTo(LicenseState.READ_ONLY);
    }

    @Test
    void aCancelledLicenseRunsToItsExpiry() {
        assertThat(state(null, EXPIRY.minusSeconds(5))).isEqualTo(LicenseState.ACTIVE);
        assertThat(state(null, EXPIRY.plus(GRACE))).isEqualTo(LicenseState.READ_ONLY);
    }

    @Test
    void cancellingAnUnpaidSubscriptionDoesNotLiftReadOnly() {
        Instant failed = EXPIRY.minus(Duration.ofDays(25));
        assertThat(state(failed, failed.plus(GRACE).plusSeconds(1)))
                .isEqualTo(LicenseState.READ_ONLY);
    }

    @Test
    void remindersAt30And7And1DaysThenTheExpiryAlert() {
        assertThat(RenewalReminders.due(EXPIRY, EXPIRY.minus(Duration.ofDays(31)), DAYS)).isEmpty();
        assertThat(RenewalReminders.due(EXPIRY, EXPIRY.minus(Duration.ofDays(30)), DAYS).orElseThrow().templateId())
                .isEqualTo("license-renewal-early");
        assertThat(RenewalReminders.due(EXPIRY, EXPIRY.minus(Duration.ofDays(8)), DAYS).orElseThrow().days()).isEqualTo(30);
        assertThat(RenewalReminders.due(EXPIRY, EXPIRY.minus(Duration.ofDays(5)), DAYS).orElseThrow().templateId())
                .isEqualTo("license-renewal-upcoming");
        assertThat(RenewalReminders.due(EXPIRY, EXPIRY.minus(Duration.ofHours(20)), DAYS).orElseThrow().templateId())
                .isEqualTo("license-renewal-urgent");
        assertThat(RenewalReminders.due(EXPIRY, EXPIRY, DAYS).orElseThrow().templateId()).isEqualTo("license-expired");
    }

    private static LicenseState state(Instant pastDueSince, Instant now) {
        return LicenseState.of(EXPIRY, pastDueSince, GRACE, now);
    }
}
