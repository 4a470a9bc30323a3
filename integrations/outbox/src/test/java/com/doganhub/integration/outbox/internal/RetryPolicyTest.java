package com.doganhub.integration.outbox.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(2), Duration.ofMinutes(60), 12);

    @Test
    void waitsDoubleAfterEachFailureUpToTheCap() {
        assertThat(policy.delayAfter(1, () -> 0.5)).isEqualTo(Duration.ofSeconds(2));
        assertThat(policy.delayAfter(2, () -> 0.5)).isEqualTo(Duration.ofSeconds(4));
        assertThat(policy.delayAfter(5, () -> 0.5)).isEqualTo(Duration.ofSeconds(32));
        assertThat(policy.delayAfter(40, () -> 0.5)).isEqualTo(Duration.ofMinutes(60));
    }

    @Test
    void jitterSpreadsTheWaitBetweenHalfAndOneAndAHalfTimes() {
        assertThat(policy.delayAfter(3, () -> 0.0)).isEqualTo(Duration.ofSeconds(4));
        assertThat(policy.delayAfter(3, () -> 0.999)).isBetween(Duration.ofMillis(11_990), Duration.ofSeconds(12));
    }

    @Test
    void isExhaustedAtTheMaximumAttempts() {
        assertThat(policy.exhausted(11)).isFalse();
        assertThat(policy.exhausted(12)).isTrue();
    }
}
