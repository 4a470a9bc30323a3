/**
 * Persistence for module bundles: extend {@link com.doganhub.platform.persistence.api.TenantOwnedEntity} for
 * every entity that belongs to a tenant, run JPA work through {@link com.doganhub.platform.persistence.api.TenantJpa},
 * and wait for your schema with a reference to {@link com.doganhub.platform.persistence.api.SchemaReady}.
 */
@Export
@Version("1.1.0")
package com.doganhub.platform.persistence.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
