package com.doganhub.platform.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.doganhub.platform.api.health.Readiness;
import com.doganhub.platform.api.health.ReadinessCheck;

class HealthResourceTest {

    @Test
    void readyWhenEveryRequiredCheckIsRegisteredAndReady() {
        var report = HealthResource.evaluate(List.of("database", "migrations"),
                List.of(result("database", true), result("migrations", true)));
        assertThat(report.ready()).isTrue();
        assertThat(report.body()).containsEntry("status", "UP");
    }

    @Test
    void aMissingRequiredCheckMakesItNotReadyAndSaysWhy() {
        var report = HealthResource.evaluate(List.of("database", "migrations"), List.of(result("database", true)));
        assertThat(report.ready()).isFalse();
        assertThat(report.body().get("checks").toString()).contains("no 'migrations' check is registered");
    }

    @Test
    void anOptionalCheckThatFailsStillCounts() {
        var report = HealthResource.evaluate(List.of("database"), List.of(result("database", true), result("email", false)));
        assertThat(report.ready()).isFalse();
    }

    @Test
    void aCheckThatThrowsIsNotReadyInsteadOfBreakingTheEndpoint() {
        ReadinessCheck broken = new ReadinessCheck() {
            @Override
            public String name() {
                return "database";
            }

            @Override
            public Readiness check() {
                throw new IllegalStateException("boom");
            }
        };
        ReadinessChecks checks = new ReadinessChecks();
        checks.addCheck(broken);
        assertThat(checks.evaluate()).containsExactly(Readiness.notReady("database", "check failed: IllegalStateException"));
        assertThat(HealthResource.evaluate(List.of("database"), checks.evaluate()).ready()).isFalse();
    }

    private static Readiness result(String name, boolean ready) {
        return new Readiness(name, ready, ready ? "ok" : "down");
    }
}
