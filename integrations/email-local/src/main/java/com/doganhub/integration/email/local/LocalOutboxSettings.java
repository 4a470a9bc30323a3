package com.doganhub.integration.email.local;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration PID {@code com.doganhub.email.local} ({@code etc/com.doganhub.email.local.cfg}). */
@ObjectClassDefinition(name = "DoganHub email: local outbox",
        description = "Writes every email as an .eml file instead of sending it.")
public @interface LocalOutboxSettings {

    String PID = "com.doganhub.email.local";

    @AttributeDefinition(name = "Directory",
            description = "Where the .eml files go, one sub-folder per tenant. Empty: data/mail/outbox.")
    String directory() default "";
}
