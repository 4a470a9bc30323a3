package com.doganhub.integration.storage.internal.files;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.doganhub.integration.api.storage.Attachments;

/** Removes a deleted record's files for the module that owned the record. */
@Component(service = Attachments.class)
public class FileAttachments implements Attachments {

    private final FileService files;

    @Activate
    public FileAttachments(@Reference FileService files) {
        this.files = files;
    }

    @Override
    public int deleteAll(String entityType, String entityId) {
        return files.deleteAll(entityType, entityId);
    }
}
