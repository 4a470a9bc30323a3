package com.doganhub.integration.storage.internal;

import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.Designate;

import com.doganhub.integration.api.Capability;
import com.doganhub.integration.api.ChainLink;
import com.doganhub.integration.api.Provider;
import com.doganhub.integration.api.ProviderChains;
import com.doganhub.integration.api.ProviderSettings;
import com.doganhub.integration.api.storage.ObjectStore;
import com.doganhub.integration.api.storage.PresignedLink;
import com.doganhub.integration.api.storage.StorageGateway;
import com.doganhub.integration.api.storage.StorageUnavailable;
import com.doganhub.integration.api.storage.StoredObject;
import com.doganhub.platform.api.JaxrsApplications;
import com.doganhub.platform.api.SecretFile;
import com.doganhub.platform.api.TenantScope;

/**
 * The platform's {@link StorageGateway}: every key is placed under {@code <tenant id>/} in the first installed
 * provider of the tenant's storage chain (storage does not fail over: an object lives in one place; moving between
 * providers is a migration). Keys returned to modules are relative again.
 */
@Component(service = { StorageGateway.class, TenantStorageGateway.class }, configurationPid = StorageSettings.PID)
@Designate(ocd = StorageSettings.class)
public class TenantStorageGateway implements StorageGateway {

    private final TenantScope tenantScope;
    private final ProviderChains chains;
    private final LinkSigner signer;
    private final String publicUrl;
    private final Duration longestLink;
    private final Clock clock = Clock.systemUTC();
    private final Map<String, ObjectStore> stores = new ConcurrentHashMap<>();

    @Activate
    public TenantStorageGateway(@Reference TenantScope tenantScope, @Reference ProviderChains chains,
            StorageSettings settings, BundleContext context) {
        this.tenantScope = tenantScope;
        this.chains = chains;
        String configured = ProviderSettings.value(settings.linkKey());
        String data = context.getProperty("karaf.data");
        this.signer = new LinkSigner(configured != null ? java.util.Base64.getDecoder().decode(configured)
                : SecretFile.readOrCreate(Path.of(data == null ? "data" : data, "security", "storage-links.key"), 32));
        String base = settings.publicUrl().strip();
        this.publicUrl = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.longestLink = Duration.ofSeconds(Math.max(60, settings.maxLinkSeconds()));
    }

    TenantStorageGateway(TenantScope tenantScope, ProviderChains chains, LinkSigner signer, String publicUrl) {
        this.tenantScope = tenantScope;
        this.chains = chains;
        this.signer = signer;
        this.publicUrl = publicUrl;
        this.longestLink = Duration.ofDays(7);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addStore(ObjectStore store, Map<String, Object> properties) {
        stores.put(String.valueOf(properties.get(Provider.NAME)), store);
    }

    void removeStore(ObjectStore store, Map<String, Object> properties) {
        stores.remove(String.valueOf(properties.get(Provider.NAME)), store);
    }

    @Override
    public StoredObject put(String key, InputStream content, String contentType) {
        String tenant = tenant();
        String full = tenant + "/" + StorageKeys.checked(key);
        return relative(timed(tenant, "put", store -> store.write(full, content, contentType)), tenant);
    }

    @Override
    public Optional<StoredObject> stat(String key) {
        String tenant = tenant();
        String full = tenant + "/" + StorageKeys.checked(key);
        return timed(tenant, "stat", store -> store.stat(full)).map(object -> relative(object, tenant));
    }

    @Override
    public Optional<InputStream> open(String key) {
        String tenant = tenant();
        String full = tenant + "/" + StorageKeys.checked(key);
        return timed(tenant, "open", store -> store.read(full));
    }

    @Override
    public boolean delete(String key) {
        String tenant = tenant();
        String full = tenant + "/" + StorageKeys.checked(key);
        return timed(tenant, "delete", store -> store.delete(full));
    }

    @Override
    public List<StoredObject> list(String prefix) {
        String tenant = tenant();
        String full = tenant + "/" + StorageKeys.checkedPrefix(prefix);
        return timed(tenant, "list", store -> store.list(full)).stream().map(object -> relative(object, tenant)).toList();
    }

    private volatile com.doganhub.platform.api.metrics.MetricRecorder recorder;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void setRecorder(com.doganhub.platform.api.metrics.MetricRecorder metrics) {
        this.recorder = metrics;
    }

    void unsetRecorder(com.doganhub.platform.api.metrics.MetricRecorder metrics) {
        if (recorder == metrics) {
            recorder = null;
        }
    }

    /** One call to the tenant's provider, timed by provider, operation and outcome. */
    private <T> T timed(String tenant, String operation, java.util.function.Function<ObjectStore, T> call) {
        String provider = activeName(tenant);
        ObjectStore store = stores.get(provider);
        if (store == null) {
            throw new StorageUnavailable("the storage provider " + provider + " just left", null);
        }
        long started = System.nanoTime();
        String outcome = "unavailable";
        try {
            T result = call.apply(store);
            outcome = "ok";
            return result;
        } catch (StorageUnavailable down) {
            throw down;
        } catch (RuntimeException callerFailed) {
            outcome = "aborted"; // the caller's stream broke or ran over its limit: not the provider's doing
            throw callerFailed;
        } finally {
            com.doganhub.platform.api.metrics.MetricRecorder metrics = recorder;
            if (metrics != null) {
                metrics.time(com.doganhub.platform.api.metrics.MetricRecorder.PROVIDER_CALLS, Map.of("capability",
                        "storage", "provider", provider, "operation", operation, "outcome", outcome),
                        Duration.ofNanos(System.nanoTime() - started));
            }
        }
    }

    /**
     * The provider's own signed link when it has one, else one the platform signs and serves at
     * {@code /api/v1/files/links/{token}}; {@code ttl} is cut to the configured longest.
     */
    @Override
    public PresignedLink link(String key, Duration ttl) {
        String tenant = tenant();
        String full = tenant + "/" + StorageKeys.checked(key);
        Duration granted = ttl.compareTo(longestLink) > 0 ? longestLink : ttl;
        ObjectStore store = active(tenant);
        if (store.stat(full).isEmpty()) {
            throw new IllegalArgumentException("no object " + key);
        }
        return store.presign(full, granted).orElseGet(() -> {
            Instant expires = clock.instant().plus(granted).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
            return new PresignedLink(URI.create(publicUrl + "/" + JaxrsApplications.API_PATH + "/files/links/"
                    + URLEncoder.encode(signer.sign(tenant, full, expires), StandardCharsets.UTF_8)), expires);
        });
    }

    /** What a platform link grants, if it is genuine and unexpired, and the store holding it. */
    Optional<Served> serve(String token) {
        return signer.verify(token).filter(grant -> grant.expiresAt().isAfter(clock.instant()))
                .filter(grant -> grant.key().startsWith(grant.tenantId() + "/"))
                .map(grant -> new Served(grant, active(grant.tenantId())));
    }

    /** A granted object and the store to read it from. */
    record Served(LinkSigner.Grant grant, ObjectStore store) {
    }

    private ObjectStore active(String tenantId) {
        ObjectStore store = stores.get(activeName(tenantId));
        if (store == null) {
            throw new StorageUnavailable("the storage provider just left", null);
        }
        return store;
    }

    /** The name of the first installed provider of the tenant's chain. */
    private String activeName(String tenantId) {
        List<ChainLink> chain = chains.resolve(Capability.STORAGE, tenantId);
        for (ChainLink link : chain) {
            if (stores.containsKey(link.name())) {
                return link.name();
            }
        }
        throw new StorageUnavailable("no storage provider of the chain is installed", null);
    }

    private String tenant() {
        return tenantScope.require().tenantId();
    }

    private static StoredObject relative(StoredObject object, String tenant) {
        return new StoredObject(object.key().substring(tenant.length() + 1), object.size(), object.contentType(),
                object.sha256(), object.storedAt());
    }
}
