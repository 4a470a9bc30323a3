package com.doganhub.integration.runtime.internal.status;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration PID {@code com.doganhub.integration.status} ({@code etc/com.doganhub.integration.status.cfg}). */
@ObjectClassDefinition(name = "DoganHub integration status",
        description = "How the production-readiness report judges and checks the integrations.")
public @interface StatusSettings {

    String PID = "com.doganhub.integration.status";

    @AttributeDefinition(name = "Environment", description = "production turns on the INSECURE rules (localhost URLs, "
            + "Redis without TLS or password, Stripe test keys, the embedded H2); the etc/ file reads "
            + "${env:DOGANHUB_ENVIRONMENT}. Empty: development.")
    String environment() default "";

    @AttributeDefinition(name = "Required for readiness", description = "Ids of integrations (usually P0: database, "
            + "smtp, stripe-secret-key ...) that must be working for /health/ready to answer 200.", required = false)
    String[] required() default {};

    @AttributeDefinition(name = "Probe interval (s)", description = "How often the live probes (Redis, Ollama, OpenAI, "
            + "Anthropic) run in the background.")
    int probeIntervalSeconds() default 300;

    @AttributeDefinition(name = "Check timeout (s)", description = "The longest one check or probe may take.")
    int checkTimeoutSeconds() default 10;
}
