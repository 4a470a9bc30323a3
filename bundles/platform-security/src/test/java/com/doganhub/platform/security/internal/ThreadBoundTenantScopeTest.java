package com.doganhub.platform.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import com.doganhub.platform.api.TenantContext;
import com.doganhub.platform.api.TenantScope;
import com.doganhub.platform.api.error.Unauthenticated;

class ThreadBoundTenantScopeTest {

    private final ThreadBoundTenantScope scope = new ThreadBoundTenantScope();
    private final TenantContext alnoor = new TenantContext("t-alnoor", "alnoor", "u-1", new Locale("ar"), Set.of());
    private final TenantContext demo = new TenantContext("t-demo", "demo", "u-2", Locale.ENGLISH, Set.of());

    @Test
    void requireRefusesWhenNothingIsBound() {
        assertThat(scope.current()).isEmpty();
        assertThatThrownBy(scope::require).isInstanceOf(Unauthenticated.class);
    }

    @Test
    void nestedBindingsRestoreTheOuterTenant() {
        try (TenantScope.Binding outer = scope.bind(alnoor)) {
            try (TenantScope.Binding inner = scope.bind(demo)) {
                assertThat(scope.require()).isEqualTo(demo);
            }
            assertThat(scope.require()).isEqualTo(alnoor);
        }
        assertThat(scope.current()).isEmpty();
    }

    @Test
    void closingTwiceDoesNotUnbindSomeoneElse() {
        TenantScope.Binding first = scope.bind(alnoor);
        first.close();
        try (TenantScope.Binding second = scope.bind(demo)) {
            first.close();
            assertThat(scope.require()).isEqualTo(demo);
        }
    }

    @Test
    void anotherThreadDoesNotSeeTheBinding() throws Exception {
        try (TenantScope.Binding ignored = scope.bind(alnoor)) {
            assertThat(CompletableFuture.supplyAsync(() -> scope.current().isPresent()).get()).isFalse();
        }
    }

    @Test
    void callAsRunsWithTheTenantAndUnbindsAfterwards() throws Exception {
        assertThat(scope.callAs(demo, () -> scope.require().tenantSlug())).isEqualTo("demo");
        assertThat(scope.current()).isEmpty();
    }
}
