/**
 * Storing files. {@link com.doganhub.integration.api.storage.StorageGateway} puts, gets, lists, deletes and links objects in the active storage provider (local disk, S3, R2, Azure Blob); providers implement {@link com.doganhub.integration.api.storage.ObjectStore}. A module that owns records files are attached to registers an {@link com.doganhub.integration.api.storage.AttachmentPolicy} and removes a deleted record's files through {@link com.doganhub.integration.api.storage.Attachments}.
 */
@Export
@Version("2.2.0")
package com.doganhub.integration.api.storage;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
