package com.doganhub.integration.email.sendgrid;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration PID {@code com.doganhub.email.sendgrid} ({@code etc/com.doganhub.email.sendgrid.cfg}). */
@ObjectClassDefinition(name = "DoganHub email: SendGrid", description = "Sends email through SendGrid's v3 Mail Send API.")
public @interface SendGridSettings {

    String PID = "com.doganhub.email.sendgrid";

    @AttributeDefinition(name = "API key", type = AttributeType.PASSWORD,
            description = "A key with the Mail Send scope; the etc/ file reads ${env:SENDGRID_API_KEY}.")
    String apiKey() default "";

    @AttributeDefinition(name = "API base URL", description = "https://api.sendgrid.com, or EU: https://api.eu.sendgrid.com")
    String baseUrl() default "https://api.sendgrid.com";

    @AttributeDefinition(name = "Timeout (s)", description = "Connect and answer timeout of each call.")
    int timeoutSeconds() default 30;
}
