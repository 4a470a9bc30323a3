package com.doganhub.notifications.api;

import java.util.List;

import com.doganhub.integration.api.email.EmailAddress;
import com.doganhub.integration.api.email.EmailMessage;

/**
 * A template rendered for one recipient: a single-line subject, a complete HTML document ({@code dir="rtl"} for
 * Arabic) and the same content as plain text.
 *
 * @param language {@code ar} or {@code en}
 */
public record RenderedEmail(String templateId, String language, String subject, String html, String text) {

    /** The message to hand to the {@code EmailGateway}: from the configured sender, replies to {@code replyTo}. */
    public EmailMessage message(EmailAddress to, EmailAddress replyTo) {
        return new EmailMessage(null, List.of(to), null, null, replyTo, subject, text, html, null, null);
    }
}
