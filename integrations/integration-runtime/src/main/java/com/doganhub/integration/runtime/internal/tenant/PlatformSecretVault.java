package com.doganhub.integration.runtime.internal.tenant;

import java.nio.file.Path;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;

import com.doganhub.integration.api.secrets.SecretVault;

/** The {@link SecretVault} of the platform: the same key (and box) that seals tenants' provider settings. */
@Component(service = SecretVault.class, configurationPid = TenantProviderSettings.PID)
public class PlatformSecretVault implements SecretVault {

    private final Path keyFile;
    private volatile SecretBox box;

    @Activate
    public PlatformSecretVault(TenantProviderSettings settings, BundleContext context) {
        String data = context.getProperty("karaf.data");
        this.keyFile = Path.of(data == null ? "data" : data, "security", "integration-secrets.key");
        this.box = SecretBox.fromConfigurationOrFile(settings.secretsKey(), keyFile);
    }

    /** A change of the PID (the cache setting, say) must not take the vault, and everything sealing with it, away. */
    @Modified
    void modified(TenantProviderSettings settings) {
        this.box = SecretBox.fromConfigurationOrFile(settings.secretsKey(), keyFile);
    }

    @Override
    public String seal(String plain, String context) {
        return box.seal(plain, context);
    }

    @Override
    public String open(String sealed, String context) {
        return box.open(sealed, context);
    }
}
