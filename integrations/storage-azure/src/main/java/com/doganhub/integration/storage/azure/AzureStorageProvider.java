package com.doganhub.integration.storage.azure;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.Designate;

import com.doganhub.integration.api.Capability;
import com.doganhub.integration.api.Provider;
import com.doganhub.integration.api.ProviderCheck;
import com.doganhub.integration.api.ProviderSettings;
import com.doganhub.integration.api.storage.ForwardingObjectStore;
import com.doganhub.integration.api.storage.ObjectStore;
import com.doganhub.integration.api.storage.StorageUnavailable;

/**
 * The {@code azure} storage provider: one Blob Storage container per {@code etc/com.doganhub.storage.azure.cfg}, by
 * connection string or by account + key. Unconfigured, it stays registered, says what is missing and refuses calls.
 */
@Component(service = { Provider.class, ObjectStore.class }, configurationPid = AzureStorageSettings.PID,
        property = { Provider.CAPABILITY + "=storage", Provider.NAME + "=azure" })
@Designate(ocd = AzureStorageSettings.class)
public class AzureStorageProvider implements Provider, ForwardingObjectStore {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(AzureStorageProvider.class);

    private final AzureBlobStore store;
    private final String missing;

    @Activate
    public AzureStorageProvider(AzureStorageSettings settings) {
        String connection = ProviderSettings.value(settings.connectionString());
        String account = ProviderSettings.value(settings.account());
        String key = ProviderSettings.value(settings.accountKey());
        String container = ProviderSettings.value(settings.container());
        String problem = container == null ? "no container (AZURE_STORAGE_CONTAINER)"
                : connection == null && account == null ? "no account (AZURE_STORAGE_ACCOUNT) or connection string"
                : connection == null && key == null ? "no account key (AZURE_STORAGE_KEY)" : null;
        AzureBlobStore created = null;
        if (problem == null) {
            try {
                AzureAccount resolved = connection != null ? AzureAccount.fromConnectionString(connection)
                        : AzureAccount.of(account, key, ProviderSettings.value(settings.endpoint()));
                created = new AzureBlobStore(resolved, container, ProviderSettings.value(settings.keyPrefix()),
                        settings.blockSizeMib() * 1024 * 1024, Duration.ofSeconds(Math.max(1, settings.timeoutSeconds())),
                        Clock.systemUTC());
                if (settings.createContainer()) {
                    createContainer(created);
                }
            } catch (IllegalArgumentException malformed) {
                problem = malformed.getMessage(); // never echoes the key or connection string
            }
        }
        this.store = created;
        this.missing = problem;
    }

    private static void createContainer(AzureBlobStore store) {
        try {
            store.createContainerIfMissing();
        } catch (StorageUnavailable unreachable) {
            // Not fatal: the provider's check reports it, and the next configuration change tries again.
            LOG.warn("Could not create the Azure container: {}", unreachable.getMessage());
        }
    }

    @Override
    public Capability capability() {
        return Capability.STORAGE;
    }

    @Override
    public String name() {
        return "azure";
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
    public AzureBlobStore delegate() {
        if (store == null) {
            throw new StorageUnavailable("Azure storage is not configured: " + missing, null);
        }
        return store;
    }
}
