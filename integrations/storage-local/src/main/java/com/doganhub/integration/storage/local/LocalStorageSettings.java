package com.doganhub.integration.storage.local;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration PID {@code com.doganhub.storage.local} ({@code etc/com.doganhub.storage.local.cfg}). */
@ObjectClassDefinition(name = "DoganHub storage: local disk", description = "Keeps objects as files on this machine.")
public @interface LocalStorageSettings {

    String PID = "com.doganhub.storage.local";

    @AttributeDefinition(name = "Directory", description = "Where objects go, one folder per tenant. Empty: data/storage.")
    String directory() default "";
}
