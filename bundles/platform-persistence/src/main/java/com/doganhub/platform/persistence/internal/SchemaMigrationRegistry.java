package com.doganhub.platform.persistence.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Component;

import com.doganhub.platform.api.health.Readiness;
import com.doganhub.platform.api.health.ReadinessCheck;
import com.doganhub.platform.persistence.api.MigrationState;
import com.doganhub.platform.persistence.api.SchemaMigrations;

/**
 * Remembers where each bundle's schema stands and answers the {@code migrations} readiness check: ready only when
 * every tracked bundle's changelog is applied.
 */
@Component(service = { SchemaMigrations.class, ReadinessCheck.class, SchemaMigrationRegistry.class })
public class SchemaMigrationRegistry implements SchemaMigrations, ReadinessCheck {

    private final Map<String, MigrationState> states = new ConcurrentHashMap<>();

    void record(MigrationState state) {
        states.put(state.bundle(), state);
    }

    void forget(String bundle) {
        states.remove(bundle);
    }

    void forgetUnlessFailed(String bundle) {
        states.computeIfPresent(bundle, (name, state) -> state.status() == MigrationState.Status.FAILED ? state : null);
    }

    @Override
    public List<MigrationState> states() {
        return states.values().stream().sorted(Comparator.comparing(MigrationState::bundle)).toList();
    }

    @Override
    public String name() {
        return "migrations";
    }

    @Override
    public Readiness check() {
        List<MigrationState> all = states();
        List<MigrationState> notApplied = all.stream()
                .filter(state -> state.status() != MigrationState.Status.APPLIED).toList();
        if (notApplied.isEmpty()) {
            return Readiness.ready(name(), all.size() + " bundle changelog(s) applied");
        }
        return Readiness.notReady(name(), notApplied.stream()
                .map(state -> state.bundle() + " " + state.status()
                        + (state.failedChangeset().isEmpty() ? "" : " at " + state.failedChangeset())
                        + (state.detail().isEmpty() ? "" : ": " + state.detail()))
                .collect(Collectors.joining("; ")));
    }
}
