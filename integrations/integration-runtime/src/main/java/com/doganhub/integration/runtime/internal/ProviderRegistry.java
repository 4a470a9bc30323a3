package com.doganhub.integration.runtime.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.doganhub.integration.api.Capability;
import com.doganhub.integration.api.Provider;
import com.doganhub.integration.api.ProviderCheck;

/**
 * The providers registered right now, by capability and name, and the last result of each one's live check. Checks
 * run in the background (when a provider arrives, then every {@value #CHECK_EVERY_SECONDS} s), never on a request
 * thread, because a check may wait for a remote server.
 */
@Component(service = ProviderRegistry.class)
public class ProviderRegistry {

    static final long CHECK_EVERY_SECONDS = 60;
    private static final Logger LOG = LoggerFactory.getLogger(ProviderRegistry.class);

    private final Map<Key, Provider> providers = new ConcurrentHashMap<>();
    private final Map<Key, ProviderCheck> lastChecks = new ConcurrentHashMap<>();
    private final ScheduledExecutorService checks = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "doganhub-provider-checks");
        thread.setDaemon(true);
        return thread;
    });

    @Activate
    public ProviderRegistry() {
        checks.scheduleWithFixedDelay(this::checkAll, CHECK_EVERY_SECONDS, CHECK_EVERY_SECONDS, TimeUnit.SECONDS);
    }

    @Deactivate
    void stop() {
        checks.shutdownNow();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addProvider(Provider provider) {
        Key key = new Key(provider.capability(), provider.name());
        providers.put(key, provider);
        checks.execute(() -> check(key, provider));
    }

    void removeProvider(Provider provider) {
        Key key = new Key(provider.capability(), provider.name());
        if (providers.remove(key, provider)) {
            lastChecks.remove(key);
        }
    }

    /** The providers of {@code capability} by name, sorted. */
    public Map<String, Provider> providers(Capability capability) {
        Map<String, Provider> found = new TreeMap<>();
        providers.forEach((key, provider) -> {
            if (key.capability() == capability) {
                found.put(key.name(), provider);
            }
        });
        return found;
    }

    /**
     * Runs the live checks of {@code capability}'s providers now, on the checks thread, and waits for them (at most
     * {@code timeout}); an operator uses it after fixing a setting instead of waiting for the next round.
     */
    public void checkNow(Capability capability, Duration timeout) throws InterruptedException {
        java.util.List<java.util.concurrent.Callable<Void>> work = new java.util.ArrayList<>();
        providers.forEach((key, provider) -> {
            if (key.capability() == capability) {
                work.add(() -> {
                    check(key, provider);
                    return null;
                });
            }
        });
        checks.invokeAll(work, timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The last live check of a provider, or {@code null} before the first one finished. */
    public ProviderCheck lastCheck(Capability capability, String name) {
        return lastChecks.get(new Key(capability, name));
    }

    private void checkAll() {
        providers.forEach(this::check);
    }

    private void check(Key key, Provider provider) {
        Instant started = Instant.now();
        ProviderCheck result;
        try {
            result = provider.check();
        } catch (RuntimeException failed) {
            result = new ProviderCheck(ProviderCheck.Outcome.DOWN, "check failed: " + failed.getClass().getSimpleName(),
                    started, Duration.between(started, Instant.now()));
        }
        if (providers.get(key) == provider) {
            ProviderCheck previous = lastChecks.put(key, result);
            if (previous != null && previous.outcome() != result.outcome()) {
                LOG.warn("Provider {} of {} is now {}: {}", key.name(), key.capability().id(), result.outcome(),
                        result.detail());
            }
        }
    }

    private record Key(Capability capability, String name) {
    }
}
