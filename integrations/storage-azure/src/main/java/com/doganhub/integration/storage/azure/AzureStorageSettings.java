package com.doganhub.integration.storage.azure;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration PID {@code com.doganhub.storage.azure} ({@code etc/com.doganhub.storage.azure.cfg}). */
@ObjectClassDefinition(name = "DoganHub storage: Azure Blob Storage",
        description = "Keeps files in an Azure Blob Storage container, by connection string or account + key.")
public @interface AzureStorageSettings {

    String PID = "com.doganhub.storage.azure";

    @AttributeDefinition(name = "Connection string", type = AttributeType.PASSWORD,
            description = "${env:AZURE_STORAGE_CONNECTION_STRING}; when set, account, key and endpoint come from it.")
    String connectionString() default "";

    @AttributeDefinition(name = "Account", description = "${env:AZURE_STORAGE_ACCOUNT}")
    String account() default "";

    @AttributeDefinition(name = "Account key", type = AttributeType.PASSWORD, description = "${env:AZURE_STORAGE_KEY}")
    String accountKey() default "";

    @AttributeDefinition(name = "Container", description = "${env:AZURE_STORAGE_CONTAINER}")
    String container() default "";

    @AttributeDefinition(name = "Blob endpoint",
            description = "Empty: https://<account>.blob.core.windows.net; set it for sovereign clouds or Azurite.")
    String endpoint() default "";

    @AttributeDefinition(name = "Create the container", description = "Create the container at start when it is "
            + "missing (the key must be allowed to).")
    boolean createContainer() default false;

    @AttributeDefinition(name = "Key prefix", description = "Prepended to every blob name (for a shared container).")
    String keyPrefix() default "";

    @AttributeDefinition(name = "Block size (MiB)", description = "Uploads are sent in blocks of this size (1 to 100): "
            + "one block is what an upload holds in memory.")
    int blockSizeMib() default 8;

    @AttributeDefinition(name = "Timeout (s)", description = "Connect and answer timeout of each request.")
    int timeoutSeconds() default 30;
}
