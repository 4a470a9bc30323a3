package com.doganhub.integration.storage.internal.files;

import com.doganhub.platform.api.error.Forbidden;

/** The caller sees a record's files but its module does not let them change them (403). */
final class AttachmentReadOnly extends Forbidden {

    private static final long serialVersionUID = 1L;

    AttachmentReadOnly(String entityType) {
        super("file.attachment-read-only", null, entityType);
    }
}
