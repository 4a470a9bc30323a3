package com.doganhub.platform.modules.internal.tenants;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import com.doganhub.platform.api.licensing.Entitlements;
import com.doganhub.platform.api.modules.TenantModules;
import com.doganhub.platform.modules.internal.catalog.ModuleCatalog;
import com.doganhub.platform.modules.internal.catalog.ModulesConfig;
import com.doganhub.platform.persistence.api.SchemaReady;

/**
 * Which modules each tenant uses: its own choice where it made one, else the module's default. Only offered modules
 * (installable features) can be turned off; the platform's own parts always run. Asked on every authenticated
 * request, so choices are kept in memory per tenant for {@code tenantCacheSeconds}; a change on this node applies at
 * once.
 */
@Component(service = { TenantModules.class, TenantModuleSettings.class }, configurationPid = ModulesConfig.PID)
public class TenantModuleSettings implements TenantModules {

    private final JpaTemplate jpa;
    private final ModuleCatalog catalog;
    private final Clock clock = Clock.systemUTC();
    private final Map<String, Choices> cache = new ConcurrentHashMap<>();
    private volatile Duration keep;

    /** Present while billing runs: a module the tenant's license leaves out is off, whatever the tenant chose. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile Entitlements entitlements;

    private record Choices(Map<String, Boolean> byModule, Instant loadedAt) {
    }

    @Activate
    public TenantModuleSettings(@Reference(target = "(osgi.unit.name=doganhub-modules)") JpaTemplate jpa,
            @Reference ModuleCatalog catalog,
            @Reference(target = "(" + SchemaReady.BUNDLE + "=doganhub-platform-modules)") SchemaReady schema,
            ModulesConfig config) {
        this.jpa = jpa;
        this.catalog = catalog;
        modified(config);
    }

    @Modified
    void modified(ModulesConfig config) {
        this.keep = Duration.ofSeconds(Math.max(1, config.tenantCacheSeconds())); // asked per permission per request
        cache.clear();
    }

    @Override
    public boolean enabled(String tenantId, String moduleId) {
        if (!offered(moduleId)) {
            return true;
        }
        if (!licensed(tenantId, moduleId)) {
            return false;
        }
        Boolean chosen = choices(tenantId).get(moduleId);
        if (chosen != null) {
            return chosen;
        }
        return catalog.running(moduleId).map(running -> running.module().enabledByDefault()).orElse(true);
    }

    @Override
    public Optional<String> moduleOf(String permission) {
        return catalog.moduleOf(permission);
    }

    /** Whether the tenant's license (if it has one) includes the module. */
    public boolean licensed(String tenantId, String moduleId) {
        Entitlements licensing = entitlements;
        return licensing == null || licensing.moduleLicensed(tenantId, moduleId);
    }

    /** Records a tenant's choice; the module must be one that can be chosen (offered). */
    public void choose(String tenantId, String moduleId, boolean enabled, String by) {
        LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneOffset.UTC)).withNano(0);
        jpa.tx(TransactionType.Required, em -> {
            TenantModuleEntity row = em.find(TenantModuleEntity.class, new TenantModuleEntity.Key(tenantId, moduleId));
            if (row == null) {
                row = new TenantModuleEntity(tenantId, moduleId);
                row.choose(enabled, by, now);
                em.persist(row);
            } else {
                row.choose(enabled, by, now);
            }
        });
        cache.remove(tenantId);
    }

    /** Whether the module is one tenants choose about, i.e. offered by a features repository. */
    public boolean offered(String moduleId) {
        return catalog.offers().containsKey(moduleId);
    }

    private Map<String, Boolean> choices(String tenantId) {
        Choices known = cache.get(tenantId);
        Instant now = clock.instant();
        if (known == null || known.loadedAt().plus(keep).isBefore(now)) {
            Map<String, Boolean> loaded = jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                    "select m from TenantModuleEntity m where m.tenantId = :tenant", TenantModuleEntity.class)
                    .setParameter("tenant", tenantId).getResultList().stream()
                    .collect(Collectors.toMap(TenantModuleEntity::moduleId, TenantModuleEntity::enabled)));
            known = new Choices(loaded, now);
            cache.put(tenantId, known);
        }
        return known.byModule();
    }
}
