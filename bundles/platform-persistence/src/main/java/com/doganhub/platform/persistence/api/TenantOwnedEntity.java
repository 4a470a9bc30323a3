package com.doganhub.platform.persistence.api;

import javax.persistence.MappedSuperclass;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * Superclass of every entity that belongs to a tenant. EclipseLink adds {@code tenant_id = :current tenant} to
 * every read, update and delete and fills the column on insert, so an unscoped query cannot be written.
 * The table needs a {@code tenant_id varchar(64) not null} column (indexed with the natural keys).
 */
@MappedSuperclass
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantOwnedEntity.TENANT_PROPERTY, length = 64)
public abstract class TenantOwnedEntity {

    /** The EntityManager property holding the current tenant id; {@link TenantJpa} sets it. */
    public static final String TENANT_PROPERTY = "doganhub.tenant-id";
}
