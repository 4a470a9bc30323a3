/**
 * Storing files. {@link com.doganhub.integration.api.storage.StorageGateway} puts, gets, deletes and links objects in the active storage provider (local disk, S3, R2, Azure Blob).
 */
@Export
@Version("1.0.0")
package com.doganhub.integration.api.storage;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
