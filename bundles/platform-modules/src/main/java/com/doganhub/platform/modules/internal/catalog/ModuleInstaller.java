package com.doganhub.platform.modules.internal.catalog;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;

import org.apache.karaf.features.BundleInfo;
import org.apache.karaf.features.FeaturesService;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.doganhub.platform.api.error.Conflict;
import com.doganhub.platform.persistence.api.MigrationState;
import com.doganhub.platform.persistence.api.SchemaMigrations;

/**
 * Installs and uninstalls module features at runtime, one at a time. Features go in and out with
 * {@code NoAutoRefreshBundles}, so no other bundle is refreshed or restarted. An install is done when the module's
 * descriptor service runs; if one of its bundles' migrations fails instead, the feature is uninstalled again and the
 * failing changeset reported, so the platform stays as it was. An uninstall keeps the module's tables and rows.
 */
@Component(service = ModuleInstaller.class, configurationPid = ModulesConfig.PID)
@Designate(ocd = ModulesConfig.class)
public class ModuleInstaller {

    private static final Logger LOG = LoggerFactory.getLogger(ModuleInstaller.class);
    private static final EnumSet<FeaturesService.Option> NO_REFRESH = EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles);

    private final ModuleCatalog catalog;
    private final FeaturesService features;
    private final SchemaMigrations migrations;
    private final BundleContext context;
    private final ServiceComponentRuntime components;
    private final ReentrantLock oneAtATime = new ReentrantLock();
    private volatile Duration timeout;

    @Activate
    public ModuleInstaller(@Reference ModuleCatalog catalog, @Reference FeaturesService features,
            @Reference SchemaMigrations migrations, @Reference ServiceComponentRuntime components, BundleContext context,
            ModulesConfig config) {
        this.components = components;
        this.catalog = catalog;
        this.features = features;
        this.migrations = migrations;
        this.context = context;
        modified(config);
    }

    @Modified
    void modified(ModulesConfig config) {
        this.timeout = Duration.ofSeconds(Math.max(5, config.installTimeoutSeconds()));
    }

    /** Installs the module's feature and waits until the module runs; already running is fine. */
    public ModuleView install(String moduleId) {
        ModuleCatalog.Offer offer = offerOf(moduleId);
        return exclusively(() -> {
            if (catalog.running(moduleId).isPresent()) {
                return view(moduleId);
            }
            Instant started = Instant.now();
            // installed but not running (starting, or stuck on its schema): wait for it, and never take back what
            // this call did not install
            boolean ours = !catalog.installed(offer);
            if (ours) {
                try {
                    features.installFeature(offer.feature().getName(), offer.feature().getVersion(), NO_REFRESH);
                } catch (Exception refused) {
                    throw new Conflict("module.install-failed", moduleId, rootMessage(refused));
                }
            }
            Instant deadline = started.plus(timeout);
            while (Instant.now().isBefore(deadline)) {
                if (catalog.running(moduleId).isPresent() && componentsUp(offer)) {
                    LOG.info("Module {} installed (feature {}/{})", moduleId, offer.feature().getName(),
                            offer.feature().getVersion());
                    return view(moduleId);
                }
                Optional<MigrationState> failed = failedMigration(offer, ours ? started : Instant.MIN);
                if (failed.isPresent()) {
                    if (ours) {
                        uninstallQuietly(offer);
                    }
                    throw new Conflict("module.migration-failed", moduleId, failed.get().failedChangeset(),
                            failed.get().detail());
                }
                pause();
            }
            if (ours) {
                uninstallQuietly(offer);
            }
            throw new Conflict("module.install-timeout", moduleId, timeout.toSeconds());
        });
    }

    /** Uninstalls the module's feature unless an installed module requires it; its data stays. */
    public ModuleView uninstall(String moduleId) {
        offerOf(moduleId); // 404 for an id no repository offers
        return exclusively(() -> {
            // the version that is installed, which need not be the newest one offered
            ModuleCatalog.Offer offer = catalog.installedOffer(moduleId)
                    .orElseThrow(() -> new Conflict("module.not-installed", moduleId));
            List<String> dependents = catalog.running().stream().map(ModuleCatalog.Running::module)
                    .filter(module -> module.requiredModules().contains(moduleId)).map(module -> module.id()).sorted()
                    .toList();
            if (!dependents.isEmpty()) {
                throw new Conflict("module.required-by", moduleId, String.join(", ", dependents));
            }
            try {
                features.uninstallFeature(offer.feature().getName(), offer.feature().getVersion(), NO_REFRESH);
            } catch (Exception refused) {
                throw new Conflict("module.uninstall-failed", moduleId, rootMessage(refused));
            }
            Instant deadline = Instant.now().plus(timeout);
            while (catalog.running(moduleId).isPresent() && Instant.now().isBefore(deadline)) {
                pause();
            }
            LOG.info("Module {} uninstalled (feature {}); its data stays", moduleId, offer.feature().getName());
            return view(moduleId);
        });
    }

    /** Adds a features repository; the ids of the modules it offers (422 on {@code url} when it cannot be read). */
    public List<String> addRepository(String url) {
        java.net.URI uri;
        try {
            uri = java.net.URI.create(url);
        } catch (IllegalArgumentException notAUri) {
            throw new com.doganhub.platform.api.error.ValidationFailed("url", "module.repository-url");
        }
        if (uri.getScheme() == null || !List.of("mvn", "file", "http", "https").contains(uri.getScheme())) {
            throw new com.doganhub.platform.api.error.ValidationFailed("url", "module.repository-url");
        }
        try {
            features.addRepository(uri);
            org.apache.karaf.features.Repository repository = features.getRepository(uri);
            List<String> offered = new java.util.ArrayList<>();
            for (org.apache.karaf.features.Feature feature : repository == null ? new org.apache.karaf.features.Feature[0]
                    : repository.getFeatures()) {
                ModuleCapability.moduleId(feature).ifPresent(offered::add);
            }
            catalog.repositoryEvent(null);
            return offered;
        } catch (Exception unreadable) {
            throw new com.doganhub.platform.api.error.ValidationFailed("url", "module.repository-unreadable",
                    rootMessage(unreadable));
        }
    }

    private ModuleCatalog.Offer offerOf(String moduleId) {
        return catalog.offer(moduleId).orElseThrow(() -> new UnknownModule(moduleId,
                catalog.offers().keySet().stream().sorted().collect(Collectors.joining(", "))));
    }

    private ModuleView view(String moduleId) {
        return catalog.views().stream().filter(view -> view.id().equals(moduleId)).findFirst().orElseThrow();
    }

    /** A migration of one of the feature's bundles that failed since the install began. */
    private Optional<MigrationState> failedMigration(ModuleCatalog.Offer offer, Instant since) {
        Set<String> names = featureBundles(offer).stream().map(Bundle::getSymbolicName).collect(Collectors.toSet());
        return migrations.states().stream().filter(state -> names.contains(state.bundle()))
                .filter(state -> state.status() == MigrationState.Status.FAILED && !state.at().isBefore(since))
                .findFirst();
    }

    /**
     * Whether every component of the feature's bundles has what it needs (its resources wait for the schema, say):
     * only then does an install answer, so that the module's endpoints are being published, not still waiting.
     */
    private boolean componentsUp(ModuleCatalog.Offer offer) {
        Bundle[] bundles = featureBundles(offer).toArray(new Bundle[0]);
        if (bundles.length == 0) {
            return false;
        }
        for (ComponentDescriptionDTO description : components.getComponentDescriptionDTOs(bundles)) {
            if (!components.isComponentEnabled(description)) {
                continue;
            }
            for (ComponentConfigurationDTO configuration : components.getComponentConfigurationDTOs(description)) {
                if (configuration.state == ComponentConfigurationDTO.UNSATISFIED_REFERENCE
                        || configuration.state == ComponentConfigurationDTO.UNSATISFIED_CONFIGURATION
                        || configuration.state == ComponentConfigurationDTO.FAILED_ACTIVATION) {
                    return false;
                }
            }
        }
        return true;
    }

    private List<Bundle> featureBundles(ModuleCatalog.Offer offer) {
        Set<String> locations = offer.feature().getBundles().stream().map(BundleInfo::getLocation)
                .collect(Collectors.toSet());
        return java.util.Arrays.stream(context.getBundles()).filter(bundle -> locations.contains(bundle.getLocation()))
                .toList();
    }

    private void uninstallQuietly(ModuleCatalog.Offer offer) {
        try {
            features.uninstallFeature(offer.feature().getName(), offer.feature().getVersion(), NO_REFRESH);
        } catch (Exception failed) {
            LOG.warn("Could not take back feature {}: {}", offer.feature().getName(), failed.toString());
        }
    }

    private <T> T exclusively(java.util.function.Supplier<T> work) {
        if (!oneAtATime.tryLock()) {
            throw new Conflict("module.busy");
        }
        try {
            return work.get();
        } finally {
            oneAtATime.unlock();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a module", interrupted);
        }
    }

    /** The root cause's message for the operator, without credentials a repository URL may carry. */
    static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return withoutCredentials(String.valueOf(root.getMessage()));
    }

    /** {@code https://user:pass@host/...} becomes {@code https://host/...}. */
    static String withoutCredentials(String text) {
        return text.replaceAll("(//)[^/@\\s]+@", "$1");
    }
}
