/**
 * Storing files. {@link com.doganhub.integration.api.storage.StorageGateway} puts, gets, lists, deletes and links objects in the active storage provider (local disk, S3, R2, Azure Blob); providers implement {@link com.doganhub.integration.api.storage.ObjectStore}.
 */
@Export
@Version("2.1.0")
package com.doganhub.integration.api.storage;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
