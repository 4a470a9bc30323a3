package com.doganhub.integration.storage.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration PID {@code com.doganhub.storage} ({@code etc/com.doganhub.storage.cfg}). */
@ObjectClassDefinition(name = "DoganHub storage", description = "Links to stored files.")
public @interface StorageSettings {

    String PID = "com.doganhub.storage";

    @AttributeDefinition(name = "Public URL", description = "Base of the links the platform signs and serves.")
    String publicUrl() default "http://localhost:8181";

    @AttributeDefinition(name = "Link key", type = AttributeType.PASSWORD,
            description = "Base64 of 32 random bytes signing platform links; the etc/ file reads "
                    + "${env:DOGANHUB_LINK_KEY}. Empty: a key generated in data/security/storage-links.key.")
    String linkKey() default "";

    @AttributeDefinition(name = "Longest link (s)", description = "Links asked for longer are cut to this.")
    long maxLinkSeconds() default 7 * 24 * 3600;

    @AttributeDefinition(name = "Largest upload (bytes)", description = "Larger uploads are refused with 413.")
    long maxUploadBytes() default 25L * 1024 * 1024;

    @AttributeDefinition(name = "Quota per tenant (bytes)", description = "Files of one tenant may take this much in all.")
    long quotaBytes() default 1024L * 1024 * 1024;
}
