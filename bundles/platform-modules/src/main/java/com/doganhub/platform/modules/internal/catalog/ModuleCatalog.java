package com.doganhub.platform.modules.internal.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.karaf.features.Feature;
import org.apache.karaf.features.FeatureEvent;
import org.apache.karaf.features.FeaturesListener;
import org.apache.karaf.features.RepositoryEvent;
import org.apache.karaf.features.FeaturesService;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import com.doganhub.platform.api.PermissionDefinition;
import com.doganhub.platform.api.PlatformModule;

/**
 * What modules exist: the features the repositories offer as modules ({@link ModuleCapability}) and the
 * {@link PlatformModule} services that run right now, with the bundles that registered them.
 */
@Component(service = { ModuleCatalog.class, FeaturesListener.class })
public class ModuleCatalog implements FeaturesListener {

    /** Read again on every repository or feature event, and at least this often. */
    private static final java.time.Duration OFFERS_KEPT = java.time.Duration.ofSeconds(10);

    private final FeaturesService features;
    private final Map<String, Running> running = new ConcurrentHashMap<>();
    /** Rebuilt when a descriptor comes or goes; read for every permission of every request. */
    private volatile Map<String, String> moduleByPermission = Map.of();
    private volatile Map<String, Offer> offers;
    private volatile java.time.Instant offersReadAt = java.time.Instant.MIN;

    @Activate
    public ModuleCatalog(@Reference FeaturesService features) {
        this.features = features;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addModule(PlatformModule module, ServiceReference<PlatformModule> reference) {
        running.put(module.id(), new Running(module, reference.getBundle()));
        rebuild();
    }

    void removeModule(PlatformModule module, ServiceReference<PlatformModule> reference) {
        running.remove(module.id(), new Running(module, reference.getBundle()));
        rebuild();
    }

    private synchronized void rebuild() {
        Map<String, String> byPermission = new java.util.HashMap<>();
        running.values().forEach(each -> each.module().permissions()
                .forEach(permission -> byPermission.putIfAbsent(permission.id(), each.module().id())));
        moduleByPermission = Map.copyOf(byPermission);
        offersReadAt = java.time.Instant.MIN; // a module came or went: its feature's state did too
    }

    /** A repository added or removed, a feature installed or removed: read the offers again. */
    @Override
    public void repositoryEvent(RepositoryEvent event) {
        offersReadAt = java.time.Instant.MIN;
    }

    @Override
    public void featureEvent(FeatureEvent event) {
        offersReadAt = java.time.Instant.MIN;
    }

    /** A module descriptor that runs, and the bundle that registered it. */
    public record Running(PlatformModule module, Bundle bundle) {
    }

    /** A feature offered as a module. */
    public record Offer(String moduleId, Feature feature) {
    }

    public Optional<Running> running(String moduleId) {
        return Optional.ofNullable(running.get(moduleId));
    }

    public List<Running> running() {
        return List.copyOf(running.values());
    }

    /** The modules the features repositories offer, by module id (the newest feature version when several). */
    public Map<String, Offer> offers() {
        Map<String, Offer> known = offers;
        if (known == null || offersReadAt.plus(OFFERS_KEPT).isBefore(java.time.Instant.now())) {
            known = readOffers();
            offers = known;
            offersReadAt = java.time.Instant.now();
        }
        return known;
    }

    private Map<String, Offer> readOffers() {
        Map<String, Offer> offers = new LinkedHashMap<>();
        try {
            for (Feature feature : features.listFeatures()) {
                ModuleCapability.moduleId(feature).ifPresent(id -> offers.merge(id, new Offer(id, feature),
                        (a, b) -> newer(a, b)));
            }
        } catch (Exception unreadable) {
            throw new IllegalStateException("the features repositories cannot be read", unreadable);
        }
        return java.util.Collections.unmodifiableMap(offers);
    }

    public Optional<Offer> offer(String moduleId) {
        return Optional.ofNullable(offers().get(moduleId));
    }

    /** The installed feature of a module, whichever version it is. */
    public Optional<Offer> installedOffer(String moduleId) {
        try {
            for (Feature feature : features.listInstalledFeatures()) {
                if (ModuleCapability.moduleId(feature).filter(moduleId::equals).isPresent()) {
                    return Optional.of(new Offer(moduleId, feature));
                }
            }
        } catch (Exception unreadable) {
            throw new IllegalStateException("the installed features cannot be read", unreadable);
        }
        return Optional.empty();
    }

    public boolean installed(Offer offer) {
        return features.isInstalled(offer.feature());
    }

    /** Which offered module defines a permission, from the descriptors that run. */
    public Optional<String> moduleOf(String permission) {
        return Optional.ofNullable(moduleByPermission.get(permission));
    }

    /** Every module: the running ones, then those offered and not running. */
    public List<ModuleView> views() {
        Map<String, Offer> offers = offers();
        List<ModuleView> views = new ArrayList<>();
        for (Running module : running.values()) {
            Offer offer = offers.get(module.module().id());
            views.add(view(module.module(), offer, "ACTIVE", module.bundle()));
        }
        for (Offer offer : offers.values()) {
            if (!running.containsKey(offer.moduleId())) {
                views.add(new ModuleView(offer.moduleId(), "module", installed(offer) ? "INSTALLED" : "AVAILABLE",
                        offer.feature().getVersion(), null, offer.feature().getName(), List.of(), List.of(), List.of(),
                        List.of(), true, List.of()));
            }
        }
        views.sort(Comparator.comparing(ModuleView::kind).thenComparing(ModuleView::id));
        return views;
    }

    private static ModuleView view(PlatformModule module, Offer offer, String state, Bundle bundle) {
        return new ModuleView(module.id(), offer == null ? "platform" : "module", state, module.version(), module.name(),
                offer == null ? null : offer.feature().getName(),
                module.permissions().stream().map(PermissionDefinition::id).toList(), module.navigation(),
                module.requiredIntegrations(), module.requiredModules(), module.enabledByDefault(),
                List.of(bundle.getSymbolicName()));
    }

    private static Offer newer(Offer a, Offer b) {
        return org.osgi.framework.Version.parseVersion(a.feature().getVersion().replace("-SNAPSHOT", ".SNAPSHOT"))
                .compareTo(org.osgi.framework.Version.parseVersion(b.feature().getVersion().replace("-SNAPSHOT", ".SNAPSHOT"))) >= 0
                ? a : b;
    }
}
