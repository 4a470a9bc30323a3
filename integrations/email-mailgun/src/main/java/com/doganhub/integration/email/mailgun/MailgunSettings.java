package com.doganhub.integration.email.mailgun;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

/** Configuration PID {@code com.doganhub.email.mailgun} ({@code etc/com.doganhub.email.mailgun.cfg}). */
@ObjectClassDefinition(name = "DoganHub email: Mailgun", description = "Sends email through Mailgun's Messages API.")
public @interface MailgunSettings {

    String PID = "com.doganhub.email.mailgun";

    @AttributeDefinition(name = "API key", type = AttributeType.PASSWORD,
            description = "Private API key; the etc/ file reads ${env:MAILGUN_API_KEY}.")
    String apiKey() default "";

    @AttributeDefinition(name = "Sending domain", description = "The etc/ file reads ${env:MAILGUN_DOMAIN}.")
    String domain() default "";

    @AttributeDefinition(name = "Region", options = { @Option(value = "us", label = "US (api.mailgun.net)"),
            @Option(value = "eu", label = "EU (api.eu.mailgun.net)") })
    String region() default "us";

    @AttributeDefinition(name = "API base URL", description = "Overrides the region's URL (a proxy, a test server).")
    String baseUrl() default "";

    @AttributeDefinition(name = "Timeout (s)")
    int timeoutSeconds() default 30;
}
