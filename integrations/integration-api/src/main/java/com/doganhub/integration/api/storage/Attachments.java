package com.doganhub.integration.api.storage;

import org.osgi.annotation.versioning.ProviderType;

/** The files attached to a record, for the module that owns the record. */
@ProviderType
public interface Attachments {

    /** Removes every file attached to the record in the caller's tenant (rows and bytes); the number removed. */
    int deleteAll(String entityType, String entityId);
}
