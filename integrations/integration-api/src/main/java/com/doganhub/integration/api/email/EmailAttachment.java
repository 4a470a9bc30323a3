package com.doganhub.integration.api.email;

import java.util.Objects;

/** A file sent with a message. */
public record EmailAttachment(String fileName, String contentType, byte[] content) {

    public EmailAttachment {
        Objects.requireNonNull(content, "content");
        if (fileName == null || fileName.isBlank()) {
            throw new IllegalArgumentException("an attachment needs a file name");
        }
        HeaderValues.requireSingleLine("fileName", fileName);
        HeaderValues.requireSingleLine("contentType", contentType);
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
