package com.doganhub.integration.api.storage;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A module's say over the files attached to its records through the files API ({@code entityType},
 * {@code entityId}). Registered with {@link #ENTITY_TYPES} naming the types it owns ({@code crm.contact}, ...);
 * asked in the caller's request, so a module applies the same visibility rules to a record's files as to the record.
 * A file attached under a policy stays under it: while the owning module is away its files are not shown to anyone.
 */
@ConsumerType
public interface AttachmentPolicy {

    /** Service property: the entity types this policy owns. */
    String ENTITY_TYPES = "doganhub.attachment.entityTypes";

    /** Whether the record exists in the caller's tenant and the caller may see its files. */
    boolean mayRead(String entityType, String entityId);

    /** Whether the caller may attach files to the record and remove them. */
    boolean mayWrite(String entityType, String entityId);
}
