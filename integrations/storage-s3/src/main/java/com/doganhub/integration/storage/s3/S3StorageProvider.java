package com.doganhub.integration.storage.s3;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.Designate;

import com.doganhub.integration.api.Capability;
import com.doganhub.integration.api.Provider;
import com.doganhub.integration.api.ProviderCheck;
import com.doganhub.integration.api.ProviderSettings;
import com.doganhub.integration.api.storage.ForwardingObjectStore;
import com.doganhub.integration.api.storage.ObjectStore;
import com.doganhub.integration.api.storage.StorageUnavailable;

/**
 * The {@code s3} storage provider: AWS S3, Cloudflare R2 or another S3-compatible service, per
 * {@code etc/com.doganhub.storage.s3.cfg}. A configuration change re-creates the component with a new client; an
 * unconfigured provider stays registered (the integration report names what is missing) and refuses every call.
 */
@Component(service = { Provider.class, ObjectStore.class }, configurationPid = S3StorageSettings.PID,
        property = { Provider.CAPABILITY + "=storage", Provider.NAME + "=s3" })
@Designate(ocd = S3StorageSettings.class)
public class S3StorageProvider implements Provider, ForwardingObjectStore {

    private final S3ObjectStore store;
    private final String missing;

    @Activate
    public S3StorageProvider(S3StorageSettings settings) {
        String bucket = ProviderSettings.value(settings.bucket());
        String accessKey = ProviderSettings.value(settings.accessKeyId());
        String secret = ProviderSettings.value(settings.secretAccessKey());
        this.missing = bucket == null ? "no bucket (AWS_S3_BUCKET)"
                : accessKey == null ? "no access key id (AWS_ACCESS_KEY_ID)"
                : secret == null ? "no secret access key (AWS_SECRET_ACCESS_KEY)" : null;
        this.store = missing != null ? null : new S3ObjectStore(location(settings, bucket, accessKey, secret),
                Clock.systemUTC());
    }

    static S3Location location(S3StorageSettings settings, String bucket, String accessKey, String secret) {
        String r2Account = ProviderSettings.value(settings.r2AccountId());
        String endpoint = ProviderSettings.value(settings.endpoint());
        String region = ProviderSettings.value(settings.region());
        if (r2Account != null && endpoint == null) {
            endpoint = "https://" + r2Account + ".r2.cloudflarestorage.com";
            region = "auto";
        }
        return new S3Location(endpoint == null ? null : URI.create(endpoint), region, bucket, accessKey, secret,
                settings.pathStyle(), ProviderSettings.value(settings.keyPrefix()),
                settings.partSizeMib() * 1024 * 1024, settings.timeoutSeconds());
    }

    @Deactivate
    void close() {
        if (store != null) {
            store.close();
        }
    }

    @Override
    public Capability capability() {
        return Capability.STORAGE;
    }

    @Override
    public String name() {
        return "s3";
    }

    @Override
    public boolean configured() {
        return store != null;
    }

    @Override
    public ProviderCheck check() {
        if (store == null) {
            return ProviderCheck.notConfigured(missing);
        }
        Instant started = Instant.now();
        try {
            return ProviderCheck.up(store.probe(), started);
        } catch (StorageUnavailable | java.io.UncheckedIOException down) {
            return ProviderCheck.down(down.getMessage(), started);
        }
    }

    @Override
    public S3ObjectStore delegate() {
        if (store == null) {
            throw new StorageUnavailable("S3 storage is not configured: " + missing, null);
        }
        return store;
    }
}
