package com.doganhub.errors.sentry;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration PID {@code com.doganhub.errors.sentry} ({@code etc/com.doganhub.errors.sentry.cfg}). */
@ObjectClassDefinition(name = "DoganHub error tracking: Sentry",
        description = "Where unhandled API errors are reported besides the log.")
public @interface SentrySettings {

    String PID = "com.doganhub.errors.sentry";

    @AttributeDefinition(name = "DSN", type = AttributeType.PASSWORD,
            description = "The project's DSN (${env:SENTRY_DSN}); empty: nothing is sent.")
    String dsn() default "";

    @AttributeDefinition(name = "Environment", description = "${env:DOGANHUB_ENVIRONMENT}; empty: development.")
    String environment() default "";

    @AttributeDefinition(name = "Release", description = "Empty: doganhub@<this bundle's version>.")
    String release() default "";
}
