package com.doganhub.integration.outbox.internal;

import com.doganhub.integration.api.email.EmailMessage;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/** An {@link EmailMessage} as the JSON kept in {@code int_outbox.payload} (attachments base64). */
final class EmailPayload {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private EmailPayload() {
    }

    static String write(EmailMessage message) {
        try {
            return JSON.writeValueAsString(message);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("an email message is plain data", impossible);
        }
    }

    /** @throws IllegalArgumentException when the stored text is not a message (a row written by hand) */
    static EmailMessage read(String payload) {
        try {
            return JSON.readValue(payload, EmailMessage.class);
        } catch (JsonProcessingException unreadable) {
            throw new IllegalArgumentException("unreadable outbox payload: " + unreadable.getOriginalMessage());
        }
    }
}
