package com.doganhub.integration.runtime.internal.tenant;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

import com.doganhub.integration.api.Capability;
import com.doganhub.integration.api.email.EmailAddress;
import com.doganhub.integration.runtime.internal.ProviderChain;
import com.doganhub.integration.runtime.internal.ProviderSelection;
import com.doganhub.platform.api.SecretMask;
import com.doganhub.platform.api.TenantContext;
import com.doganhub.platform.api.TenantScope;
import com.doganhub.platform.api.audit.AuditEvent;
import com.doganhub.platform.api.audit.AuditLog;
import com.doganhub.platform.api.error.FieldError;
import com.doganhub.platform.api.error.ValidationFailed;
import com.doganhub.platform.persistence.api.SchemaReady;
import com.doganhub.platform.persistence.api.TenantJpa;
import com.doganhub.platform.persistence.api.TenantOwnedEntity;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Each tenant's own provider chain and settings per capability (a partner's SMTP server, its sender domain, its own
 * SendGrid key), kept in {@code int_tenant_provider} with the settings sealed by {@link SecretBox}. Reads for
 * sending are cached for a few seconds per node; a change on this node applies to its next message at once.
 */
@Component(service = TenantProviders.class, configurationPid = TenantProviderSettings.PID)
@Designate(ocd = TenantProviderSettings.class)
public class TenantProviders {

    static final String UNIT_FILTER = "(osgi.unit.name=doganhub-integration)";
    private static final int MAX_VALUE = 512;
    private static final Map<Capability, Set<String>> SETTINGS = Map.of(Capability.EMAIL,
            Set.of("from", "host", "port", "security", "username", "password", "apiKey", "domain"));
    private static final Set<String> SECURITY = Set.of("starttls", "tls", "none");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JpaTemplate jpa;
    private final TenantJpa tenantJpa;
    private final TenantScope tenantScope;
    private final ProviderSelection selection;
    private final AuditLog audit;
    private final SecretBox box;
    private final long cacheMillis;
    private final Clock clock = Clock.systemUTC();
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();
    /** Bumped by every change on this node, so a read that started before a change cannot cache the old value. */
    private final Map<String, Long> generations = new ConcurrentHashMap<>();

    /** A tenant's override as the caller may see it (settings with secrets) or as the dispatcher uses it. */
    public record Override(String capability, List<String> chain, Map<String, String> settings, LocalDateTime updatedAt) {
    }

    private record Cached(long until, Optional<Override> value) {
    }

    @Activate
    public TenantProviders(@Reference(target = UNIT_FILTER) JpaTemplate jpa, @Reference TenantJpa tenantJpa,
            @Reference TenantScope tenantScope, @Reference ProviderSelection selection, @Reference AuditLog audit,
            @Reference(target = "(" + SchemaReady.BUNDLE + "=doganhub-integration-runtime)") SchemaReady schema,
            TenantProviderSettings settings, BundleContext context) {
        this.jpa = jpa;
        this.tenantJpa = tenantJpa;
        this.tenantScope = tenantScope;
        this.selection = selection;
        this.audit = audit;
        String data = context.getProperty("karaf.data");
        this.box = SecretBox.fromConfigurationOrFile(settings.secretsKey(),
                Path.of(data == null ? "data" : data, "security", "integration-secrets.key"));
        this.cacheMillis = Math.max(0, settings.cacheSeconds()) * 1000L;
    }

    /** The calling tenant's overrides. */
    public List<Override> list() {
        String tenantId = tenantScope.require().tenantId();
        return tenantJpa.inTransaction(jpa, em -> em.createQuery("select p from TenantProviderEntity p order by "
                + "p.capability", TenantProviderEntity.class).getResultList().stream()
                .map(entity -> view(entity, tenantId)).toList());
    }

    public Optional<Override> current(Capability capability) {
        String tenantId = tenantScope.require().tenantId();
        return tenantJpa.inTransaction(jpa, em -> find(em, capability).map(entity -> view(entity, tenantId)));
    }

    /**
     * Replaces the calling tenant's chain and settings of {@code capability}. A secret sent back exactly as the API
     * showed it (masked) keeps the stored value, so a form can be saved without retyping passwords.
     *
     * @throws ValidationFailed on {@code chain} or {@code settings.<key>}
     */
    public Override change(Capability capability, List<String> requested, Map<String, String> settings) {
        ProviderChain chain = selection.checked(capability, requested);
        TenantContext caller = tenantScope.require();
        Override saved = tenantJpa.inTransaction(jpa, em -> {
            Optional<TenantProviderEntity> existing = find(em, capability);
            Map<String, String> before = existing.map(entity -> open(entity, caller.tenantId())).orElse(Map.of());
            Map<String, String> checked = checked(capability, settings == null ? Map.of() : settings, before);
            TenantProviderEntity entity = existing.orElseGet(() -> {
                TenantProviderEntity created = new TenantProviderEntity(UUID.randomUUID().toString(), capability.id());
                em.persist(created);
                return created;
            });
            String previousChain = existing.map(TenantProviderEntity::chain).orElse(null);
            entity.update(chain.asConfiguration(), checked.isEmpty() ? null : box.seal(json(checked), caller.tenantId()),
                    LocalDateTime.now(clock.withZone(ZoneOffset.UTC)).truncatedTo(ChronoUnit.MILLIS), caller.userId());
            AuditEvent event = AuditEvent.of("tenant-provider", capability.id(), existing.isPresent() ? "update" : "create")
                    .with("chain", previousChain, chain.asConfiguration());
            for (String key : union(before.keySet(), checked.keySet())) {
                if (!java.util.Objects.equals(before.get(key), checked.get(key))) {
                    event = event.with("settings." + key, before.get(key), checked.get(key));
                }
            }
            audit.record(event);
            return view(entity, caller.tenantId());
        });
        forget(key(caller.tenantId(), capability));
        return saved;
    }

    /** Removes the calling tenant's override: its messages go through the platform's chain again. */
    public boolean remove(Capability capability) {
        TenantContext caller = tenantScope.require();
        boolean removed = tenantJpa.inTransaction(jpa, em -> find(em, capability).map(entity -> {
            em.remove(entity);
            audit.record(AuditEvent.of("tenant-provider", capability.id(), "delete")
                    .with("chain", entity.chain(), null));
            return true;
        }).orElse(false));
        forget(key(caller.tenantId(), capability));
        return removed;
    }

    /** For sending: the override of {@code tenantId}, settings opened; read through a short per-node cache. */
    public Optional<Override> forTenant(String tenantId, Capability capability) {
        String key = key(tenantId, capability);
        Cached cached = cache.get(key);
        long now = System.currentTimeMillis();
        if (cached != null && cached.until() > now) {
            return cached.value();
        }
        long generation = generations.getOrDefault(key, 0L);
        Optional<Override> read = jpa.txExpr(TransactionType.Supports, em -> {
            em.setProperty(TenantOwnedEntity.TENANT_PROPERTY, tenantId); // scoped like any tenant read
            return find(em, capability).map(entity -> view(entity, tenantId));
        });
        if (generations.getOrDefault(key, 0L) == generation) {
            cache.put(key, new Cached(now + cacheMillis, read));
        }
        return read;
    }

    private void forget(String key) {
        generations.merge(key, 1L, Long::sum);
        cache.remove(key);
    }

    /** The API's view: secrets masked. */
    static Map<String, String> masked(Map<String, String> settings) {
        Map<String, String> shown = new LinkedHashMap<>();
        settings.forEach((name, value) -> shown.put(name, SecretMask.isSecretName(name) ? SecretMask.mask(value) : value));
        return shown;
    }

    static Map<String, String> checked(Capability capability, Map<String, String> settings, Map<String, String> before) {
        Set<String> allowed = SETTINGS.getOrDefault(capability, Set.of());
        List<FieldError> errors = new java.util.ArrayList<>();
        Map<String, String> checked = new java.util.TreeMap<>();
        settings.forEach((name, raw) -> {
            String field = "settings." + name;
            String value = raw == null ? "" : raw.strip();
            if (!allowed.contains(name)) {
                errors.add(FieldError.of(field, "unknown-field", field));
            } else if (value.isEmpty()) {
                return; // an empty value removes the setting
            } else if (value.length() > MAX_VALUE || value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
                errors.add(FieldError.of(field, "invalid-value", field));
            } else if (SecretMask.isSecretName(name) && before.containsKey(name)
                    && value.equals(SecretMask.mask(before.get(name)))) {
                checked.put(name, before.get(name));
            } else if (!valid(name, value)) {
                errors.add(FieldError.of(field, "invalid-value", field));
            } else {
                checked.put(name, "security".equals(name) ? value.toLowerCase(Locale.ROOT) : value);
            }
        });
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        return checked;
    }

    private static boolean valid(String name, String value) {
        switch (name) {
            case "port":
                return value.matches("[0-9]{1,5}") && Integer.parseInt(value) >= 1 && Integer.parseInt(value) <= 65535;
            case "security":
                return SECURITY.contains(value.toLowerCase(Locale.ROOT));
            case "host", "domain":
                return value.matches("[A-Za-z0-9.-]+");
            case "from":
                try {
                    int open = value.lastIndexOf('<');
                    EmailAddress.of(open >= 0 && value.endsWith(">") ? value.substring(open + 1, value.length() - 1) : value);
                    return true;
                } catch (IllegalArgumentException invalid) {
                    return false;
                }
            default:
                return true;
        }
    }

    private Override view(TenantProviderEntity entity, String tenantId) {
        return new Override(entity.capability(), ProviderChain.parse(entity.chain()).names(), open(entity, tenantId),
                entity.updatedAt());
    }

    private Map<String, String> open(TenantProviderEntity entity, String tenantId) {
        if (entity.sealedSettings() == null) {
            return Map.of();
        }
        try {
            return JSON.readValue(box.open(entity.sealedSettings(), tenantId), new TypeReference<Map<String, String>>() { });
        } catch (JsonProcessingException unreadable) {
            throw new IllegalStateException("unreadable provider settings of tenant " + tenantId);
        }
    }

    private static Optional<TenantProviderEntity> find(EntityManager em, Capability capability) {
        return em.createQuery("select p from TenantProviderEntity p where p.capability = :capability",
                TenantProviderEntity.class).setParameter("capability", capability.id()).getResultList().stream().findFirst();
    }

    private static String json(Map<String, String> settings) {
        try {
            return JSON.writeValueAsString(settings);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.TreeSet<>(a);
        all.addAll(b);
        return all;
    }

    private static String key(String tenantId, Capability capability) {
        return tenantId + "/" + capability.id();
    }
}
