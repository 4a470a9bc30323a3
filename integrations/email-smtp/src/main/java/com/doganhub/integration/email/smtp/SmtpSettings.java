package com.doganhub.integration.email.smtp;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

/**
 * Configuration PID {@code com.doganhub.email.smtp} ({@code etc/com.doganhub.email.smtp.cfg}, which reads the old
 * {@code SMTP_HOST}, {@code SMTP_PORT}, {@code SMTP_USER}, {@code SMTP_PASSWORD} environment variables). A tenant's
 * own server overrides these with the same keys.
 */
@ObjectClassDefinition(name = "DoganHub email: SMTP", description = "Sends email through an SMTP server.")
public @interface SmtpSettings {

    String PID = "com.doganhub.email.smtp";

    @AttributeDefinition(name = "Host")
    String host() default "";

    @AttributeDefinition(name = "Port", description = "Empty: 587 with STARTTLS, 465 with implicit TLS, 25 without.")
    String port() default "";

    @AttributeDefinition(name = "Security", options = { @Option(value = "starttls", label = "STARTTLS (required)"),
            @Option(value = "tls", label = "Implicit TLS"), @Option(value = "none", label = "None (test servers only)") })
    String security() default "starttls";

    @AttributeDefinition(name = "User name", description = "Empty: no authentication.")
    String username() default "";

    @AttributeDefinition(name = "Password", type = AttributeType.PASSWORD)
    String password() default "";

    @AttributeDefinition(name = "Timeout (s)", description = "Connect, read and write timeout.")
    int timeoutSeconds() default 30;
}
