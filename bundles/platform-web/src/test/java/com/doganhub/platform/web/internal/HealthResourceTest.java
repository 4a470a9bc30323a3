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
                List.of(check("database", true), check("migrations", true)));
        assertThat(report.ready()).isTrue();
        assertThat(report.body()).containsEntry("status", "UP");
    }

    @Test
    void aMissingRequiredCheckMakesItNotReadyAndSaysWhy() {
        var report = HealthResource.evaluate(List.of("database", "migrations"), List.of(check("database", true)));
        assertThat(report.ready()).isFalse();
        assertThat(report.body().get("checks").toString()).contains("no 'migrations' check is registered");
    }

    @Test
    void anOptionalCheckThatFailsStillCounts() {
        var report = HealthResource.evaluate(List.of("database"), List.of(check("database", true), check("email", false)));
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
        assertThat(HealthResource.evaluate(List.of("database"), List.of(broken)).ready()).isFalse();
    }

    private static ReadinessCheck check(String name, boolean ready) {
        return new ReadinessCheck() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Readiness check() {
                return new Readiness(name, ready, ready ? "ok" : "down");
            }
        };
    }
}
