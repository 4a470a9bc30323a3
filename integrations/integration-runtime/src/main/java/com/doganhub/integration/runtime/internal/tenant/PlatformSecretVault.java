package com.doganhub.integration.runtime.internal.tenant;

import java.nio.file.Path;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import com.doganhub.integration.api.secrets.SecretVault;

/** The {@link SecretVault} of the platform: the same key (and box) that seals tenants' provider settings. */
@Component(service = SecretVault.class, configurationPid = TenantProviderSettings.PID)
public class PlatformSecretVault implements SecretVault {

    private final SecretBox box;

    @Activate
    public PlatformSecretVault(TenantProviderSettings settings, BundleContext context) {
        String data = context.getProperty("karaf.data");
        this.box = SecretBox.fromConfigurationOrFile(settings.secretsKey(),
                Path.of(data == null ? "data" : data, "security", "integration-secrets.key"));
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
