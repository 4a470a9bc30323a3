package com.doganhub.integration.runtime.internal.tenant;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration PID {@code com.doganhub.integration} ({@code etc/com.doganhub.integration.cfg}). */
@ObjectClassDefinition(name = "DoganHub integrations", description = "How tenants' own provider settings are kept.")
public @interface TenantProviderSettings {

    String PID = "com.doganhub.integration";

    @AttributeDefinition(name = "Secrets key", type = AttributeType.PASSWORD,
            description = "Base64 of 32 random bytes sealing tenants' provider settings (AES-256-GCM); the etc/ file "
                    + "reads ${env:DOGANHUB_SECRETS_KEY}. Empty: a key generated in data/security/integration-secrets.key.")
    String secretsKey() default "";

    @AttributeDefinition(name = "Cache (s)", description = "How long a node reuses a tenant's chain before reading it again.")
    int cacheSeconds() default 5;
}
