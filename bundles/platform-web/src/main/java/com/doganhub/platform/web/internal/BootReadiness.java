package com.doganhub.platform.web.internal;

import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.util.tracker.ServiceTracker;

import com.doganhub.platform.api.health.Readiness;
import com.doganhub.platform.api.health.ReadinessCheck;

/**
 * Readiness check {@code boot}: ready once Karaf has installed and started every boot feature (it registers
 * {@code org.apache.karaf.features.BootFinished}). Before that, the other checks can look ready only because the
 * bundles they would wait for (a module's migrations, its resources) have not started yet.
 */
@Component(service = ReadinessCheck.class)
public class BootReadiness implements ReadinessCheck {

    static final String NAME = "boot";
    static final String BOOT_FINISHED = "org.apache.karaf.features.BootFinished";

    private final ServiceTracker<Object, ServiceReference<Object>> bootFinished;

    @Activate
    public BootReadiness(BundleContext context) throws InvalidSyntaxException {
        // Tracked by name: the platform does not import Karaf's features API for one marker service.
        bootFinished = new ServiceTracker<>(context, context.createFilter("(objectClass=" + BOOT_FINISHED + ")"),
                new ApiReadiness.ReferencesOnly());
        bootFinished.open(true);
    }

    @Deactivate
    void close() {
        bootFinished.close();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Readiness check() {
        return bootFinished.isEmpty() ? Readiness.notReady(NAME, "Karaf is still installing its boot features")
                : Readiness.ready(NAME, "boot features installed");
    }
}
