package com.doganhub.integration.runtime.internal.status;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Dictionary;
import java.util.EnumMap;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.Designate;

import com.doganhub.integration.api.Capability;
import com.doganhub.integration.api.IntegrationCategory;
import com.doganhub.integration.api.IntegrationCheck;
import com.doganhub.integration.api.IntegrationPriority;
import com.doganhub.integration.api.IntegrationReport;
import com.doganhub.integration.api.IntegrationStatus;
import com.doganhub.integration.api.ProviderCheck;
import com.doganhub.integration.api.ProviderSettings;
import com.doganhub.integration.runtime.internal.ProviderRegistry;
import com.doganhub.integration.runtime.internal.status.IntegrationDefinition.Setting;
import com.doganhub.integration.runtime.internal.status.IntegrationEvaluator.Live;
import com.doganhub.platform.api.SecretMask;
import com.doganhub.platform.api.health.Readiness;
import com.doganhub.platform.api.health.ReadinessCheck;

/**
 * Computes the production-readiness report from the {@link IntegrationCheck} services, on every request: a change
 * of configuration shows in the next report. It registers the catalogue's baseline checks itself (ranking -100, so
 * a module's own check of the same id wins) and runs the live probes in the background, never on a request thread.
 */
@Component(service = IntegrationStatusService.class, configurationPid = StatusSettings.PID, immediate = true)
@Designate(ocd = StatusSettings.class)
public class IntegrationStatusService {

    static final String ID_PROPERTY = "doganhub.integration.id";
    private static final String TEMPLATES_SERVICE = "com.doganhub.notifications.api.NotificationTemplates";

    private final ConfigurationAdmin configurationAdmin;
    private final ProviderRegistry registry;
    private final BundleContext context;
    // Replaced together by modified(): a settings change must not restart the service (and republish its resources).
    private volatile IntegrationEvaluator evaluator;
    private volatile String environment;
    private volatile Duration timeout;
    private volatile LiveProbes probes;
    private final Clock clock = Clock.systemUTC();
    private final List<IntegrationDefinition> catalogue = IntegrationCatalogue.all();
    private final List<ServiceRegistration<IntegrationCheck>> registrations = new ArrayList<>();
    private final Map<String, ReadinessCheck> readiness = new ConcurrentHashMap<>();
    private final Map<IntegrationCheck, Ranked> checks = new ConcurrentHashMap<>();
    private final Map<String, Live> probeResults = new ConcurrentHashMap<>();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
            daemon("doganhub-integration-probes"));
    private final ExecutorService evaluations = Executors.newFixedThreadPool(2, daemon("doganhub-integration-checks"));

    private record Ranked(String id, int ranking) {
    }

    @Activate
    public IntegrationStatusService(@Reference ConfigurationAdmin configurationAdmin,
            @Reference ProviderRegistry registry, StatusSettings settings, BundleContext context) {
        this.configurationAdmin = configurationAdmin;
        this.registry = registry;
        this.context = context;
        modified(settings);
        for (IntegrationDefinition definition : catalogue) {
            Dictionary<String, Object> properties = new Hashtable<>();
            properties.put(Constants.SERVICE_RANKING, -100);
            properties.put(ID_PROPERTY, definition.id());
            registrations.add(context.registerService(IntegrationCheck.class, new CatalogueCheck(definition, this),
                    properties));
        }
        long every = Math.max(10, settings.probeIntervalSeconds());
        scheduler.scheduleWithFixedDelay(this::runProbes, 2, every, TimeUnit.SECONDS);
    }

    /** Applies new settings in place; the probe interval takes effect at the next start. */
    @org.osgi.service.component.annotations.Modified
    void modified(StatusSettings settings) {
        String configured = ProviderSettings.value(settings.environment());
        String chosen = configured == null ? "development" : configured.strip().toLowerCase(java.util.Locale.ROOT);
        Duration limit = Duration.ofSeconds(Math.max(1, settings.checkTimeoutSeconds()));
        this.evaluator = new IntegrationEvaluator("production".equals(chosen));
        this.probes = new LiveProbes(limit);
        this.timeout = limit;
        this.environment = chosen;
    }

    @Deactivate
    void stop() {
        scheduler.shutdownNow();
        evaluations.shutdownNow();
        for (ServiceRegistration<IntegrationCheck> registration : registrations) {
            try {
                registration.unregister();
            } catch (IllegalStateException alreadyGone) {
                // the bundle is stopping and took its services with it
            }
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addCheck(IntegrationCheck check, Map<String, Object> properties) {
        Object ranking = properties.get(Constants.SERVICE_RANKING);
        checks.put(check, new Ranked(check.id(), ranking instanceof Integer value ? value : 0));
    }

    void removeCheck(IntegrationCheck check) {
        checks.remove(check);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addReadiness(ReadinessCheck check) {
        readiness.put(check.name(), check);
    }

    void removeReadiness(ReadinessCheck check) {
        readiness.remove(check.name(), check);
    }

    public String environment() {
        return environment;
    }

    /** Runs the provider checks and the probes now and waits for them (bounded): an operator's "check again". */
    public void checkNow() throws InterruptedException {
        registry.checkNow(Capability.EMAIL, timeout);
        registry.checkNow(Capability.STORAGE, timeout);
        Future<?> probing = scheduler.submit(this::runProbes);
        try {
            probing.get(timeout.toMillis() * 4, TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException notAll) {
            // what finished is in; the rest reports its previous result
        }
    }

    /** The whole report, computed now. */
    public StatusReport report() {
        return report(null);
    }

    /** The report restricted to {@code ids} (all when {@code null}): what readiness evaluates on its request thread. */
    public StatusReport report(java.util.Set<String> ids) {
        Instant now = clock.instant();
        Map<String, IntegrationCheck> winners = new LinkedHashMap<>();
        Map<String, Integer> rankings = new ConcurrentHashMap<>();
        checks.forEach((check, ranked) -> {
            Integer best = rankings.get(ranked.id());
            if (best == null || ranked.ranking() > best) {
                rankings.put(ranked.id(), ranked.ranking());
                winners.put(ranked.id(), check);
            }
        });
        if (ids != null) {
            winners.keySet().retainAll(ids);
        }
        List<IntegrationCheck> ordered = new ArrayList<>(winners.values());
        List<String> catalogueOrder = catalogue.stream().map(IntegrationDefinition::id).toList();
        ordered.sort(Comparator.comparing((IntegrationCheck check) -> check.category().ordinal())
                .thenComparing(check -> catalogueOrder.contains(check.id()) ? catalogueOrder.indexOf(check.id())
                        : Integer.MAX_VALUE)
                .thenComparing(IntegrationCheck::id));
        Map<IntegrationCheck, Future<IntegrationReport>> running = new LinkedHashMap<>();
        for (IntegrationCheck check : ordered) {
            running.put(check, evaluations.submit(check::evaluate));
        }
        Map<String, StatusReport.Entry> entries = new LinkedHashMap<>();
        running.forEach((check, future) -> {
            IntegrationReport result = outcome(check, future, now);
            entries.put(check.id(), new StatusReport.Entry(check.id(), check.name(), check.category().name(),
                    check.priority().name(), result.status().name(), SecretMask.scrub(result.detail()),
                    result.maskedValue(), check.usedBy(), check.impact(), check.fix(), result.checkedAt()));
        });
        List<StatusReport.ModuleView> modules = ModuleMatrix.evaluate(entries);
        List<String> works = new ArrayList<>();
        List<String> degraded = new ArrayList<>();
        List<String> fails = new ArrayList<>();
        for (StatusReport.ModuleView module : modules) {
            for (StatusReport.FeatureView feature : module.features()) {
                String line = module.module() + ": " + feature.feature()
                        + (feature.reason().isEmpty() ? "" : " — " + feature.reason());
                switch (feature.state()) {
                    case "WORKS" -> works.add(line);
                    case "DEGRADED" -> degraded.add(line);
                    default -> fails.add(line);
                }
            }
        }
        return new StatusReport(now, environment, summary(entries), List.copyOf(entries.values()), modules,
                new StatusReport.Lists(works, degraded, fails));
    }

    private IntegrationReport outcome(IntegrationCheck check, Future<IntegrationReport> future, Instant now) {
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException slow) {
            future.cancel(true);
            return new IntegrationReport(IntegrationStatus.FAILING, "the check did not answer within "
                    + timeout.toSeconds() + " s", "", now);
        } catch (ExecutionException failed) {
            return new IntegrationReport(IntegrationStatus.FAILING, "the check failed: "
                    + failed.getCause().getClass().getSimpleName(), "", now);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return new IntegrationReport(IntegrationStatus.FAILING, "interrupted", "", now);
        }
    }

    private static List<StatusReport.CategorySummary> summary(Map<String, StatusReport.Entry> entries) {
        Map<IntegrationCategory, int[]> counts = new EnumMap<>(IntegrationCategory.class);
        Map<IntegrationCategory, IntegrationPriority> priorities = new EnumMap<>(IntegrationCategory.class);
        for (StatusReport.Entry entry : entries.values()) {
            IntegrationCategory category = IntegrationCategory.valueOf(entry.category());
            int[] count = counts.computeIfAbsent(category, c -> new int[2]);
            count[1]++;
            if ("CONFIGURED".equals(entry.status()) || "DEGRADED".equals(entry.status())) {
                count[0]++;
            }
            IntegrationPriority priority = IntegrationPriority.valueOf(entry.priority());
            priorities.merge(category, priority, (a, b) -> a.ordinal() <= b.ordinal() ? a : b);
        }
        List<StatusReport.CategorySummary> summary = new ArrayList<>();
        counts.forEach((category, count) -> summary.add(new StatusReport.CategorySummary(category.name(),
                category.title(), priorities.get(category).name(), count[0], count[1],
                count[1] == 0 ? 0 : Math.round(count[0] * 100f / count[1]))));
        return summary;
    }

    IntegrationReport evaluate(IntegrationDefinition definition) {
        return evaluator.evaluate(definition, this::read, live(definition), clock.instant());
    }

    private Live live(IntegrationDefinition definition) {
        String source = definition.liveSource();
        if (source == null) {
            return Live.NONE;
        }
        if (source.startsWith("provider:")) {
            String[] parts = source.substring("provider:".length()).split("/");
            Capability capability = Capability.fromId(parts[0]);
            if (registry.providers(capability).get(parts[1]) == null) {
                return new Live(Live.Outcome.NOT_CONFIGURED, "the " + parts[1] + " " + parts[0]
                        + " provider is not installed");
            }
            ProviderCheck last = registry.lastCheck(capability, parts[1]);
            if (last == null) {
                return Live.NONE;
            }
            return switch (last.outcome()) {
                case UP -> new Live(Live.Outcome.UP, last.detail());
                case DOWN -> new Live(Live.Outcome.DOWN, last.detail());
                case NOT_CONFIGURED -> new Live(Live.Outcome.NOT_CONFIGURED, last.detail());
            };
        }
        if (source.startsWith("readiness:")) {
            String name = source.substring("readiness:".length());
            ReadinessCheck check = readiness.get(name);
            if (check == null) {
                return new Live(Live.Outcome.DOWN, "no '" + name + "' readiness check (is its bundle running?)");
            }
            Readiness answer = check.check();
            return new Live(answer.ready() ? Live.Outcome.UP : Live.Outcome.DOWN, answer.detail());
        }
        if (source.equals("templates")) {
            try {
                return context.getServiceReferences(TEMPLATES_SERVICE, null) != null
                        ? new Live(Live.Outcome.UP, "notification templates installed")
                        : new Live(Live.Outcome.NOT_CONFIGURED, "the doganhub-notifications bundle is not running");
            } catch (InvalidSyntaxException impossible) {
                throw new IllegalStateException(impossible);
            }
        }
        return probeResults.getOrDefault(definition.id(), Live.NONE);
    }

    private void runProbes() {
        for (IntegrationDefinition definition : catalogue) {
            if (definition.liveSource() == null || !definition.liveSource().startsWith("probe:")) {
                continue;
            }
            List<String> values = new ArrayList<>();
            for (Setting setting : definition.settings()) {
                values.add(read(setting));
            }
            if (values.isEmpty() || values.contains(null)) {
                probeResults.remove(definition.id());
                continue;
            }
            Live result = switch (definition.liveSource()) {
                case "probe:redis" -> probes.redis(values.get(0));
                case "probe:ollama" -> probes.ollama(values.get(0));
                case "probe:openai" -> probes.openAi(env("OPENAI_BASE_URL", "https://api.openai.com"), values.get(0));
                case "probe:anthropic" -> probes.anthropic(env("ANTHROPIC_BASE_URL", "https://api.anthropic.com"),
                        values.get(0));
                case "probe:stripe" -> probes.stripe(stripeApiBase(), values.get(0));
                case "probe:google-oidc" -> probes.oidcDiscovery(env("GOOGLE_ISSUER", "https://accounts.google.com"),
                        "Google");
                case "probe:azure-oidc" -> probes.oidcDiscovery(env("AZURE_AD_AUTHORITY",
                        "https://login.microsoftonline.com/" + values.get(0) + "/v2.0"), "Azure AD");
                default -> Live.NONE;
            };
            probeResults.put(definition.id(), result);
        }
    }

    /** A setting's value: its configuration key (after ${env:} interpolation), else its environment variable. */
    String read(Setting setting) {
        if (setting.pid() != null) {
            try {
                Configuration[] found = configurationAdmin.listConfigurations("(service.pid=" + setting.pid() + ")");
                if (found != null && found.length > 0 && found[0].getProperties() != null) {
                    Object value = found[0].getProperties().get(setting.key());
                    String text = value == null ? null : ProviderSettings.value(String.valueOf(value));
                    if (text != null) {
                        return text;
                    }
                }
            } catch (IOException | InvalidSyntaxException unreadable) {
                // fall through to the environment
            }
        }
        return setting.env() == null ? null : ProviderSettings.value(System.getenv(setting.env()));
    }

    /** Stripe's API base: etc/com.doganhub.payments.stripe.cfg {@code apiBase} (a test double), else Stripe's own. */
    private String stripeApiBase() {
        String configured = read(new Setting("com.doganhub.payments.stripe", "apiBase", "STRIPE_API_BASE",
                IntegrationDefinition.Kind.URL, 0, null, false));
        return configured == null ? "https://api.stripe.com" : configured;
    }

    private static String env(String name, String fallback) {
        String value = ProviderSettings.value(System.getenv(name));
        return value == null ? fallback : value;
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
