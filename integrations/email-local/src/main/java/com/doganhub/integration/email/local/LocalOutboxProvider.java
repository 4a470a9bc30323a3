package com.doganhub.integration.email.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import com.doganhub.integration.api.Capability;
import com.doganhub.integration.api.Provider;
import com.doganhub.integration.api.ProviderCheck;

/**
 * The local outbox as an email {@link Provider} named {@code local}: always configured (it needs no account), and
 * its live check proves the outbox folder can be written (a probe file created and deleted; no message written).
 */
@Component(service = Provider.class, configurationPid = LocalOutboxSettings.PID,
        property = { Provider.CAPABILITY + "=email", Provider.NAME + "=local" })
public class LocalOutboxProvider implements Provider {

    private final Path directory;

    @Activate
    public LocalOutboxProvider(LocalOutboxSettings settings, BundleContext context) {
        this(LocalOutboxWriter.directory(settings.directory(), context.getProperty("karaf.data")));
    }

    LocalOutboxProvider(Path directory) {
        this.directory = directory;
    }

    @Override
    public Capability capability() {
        return Capability.EMAIL;
    }

    @Override
    public String name() {
        return "local";
    }

    @Override
    public boolean configured() {
        return true;
    }

    @Override
    public ProviderCheck check() {
        Instant started = Instant.now();
        try {
            Files.createDirectories(directory);
            Path probe = Files.createTempFile(directory, ".check-", ".tmp");
            Files.delete(probe);
            return ProviderCheck.up("writes to " + directory, started);
        } catch (IOException | SecurityException unwritable) {
            return ProviderCheck.down("cannot write to " + directory + ": " + unwritable.getClass().getSimpleName(),
                    started);
        }
    }
}
