package com.doganhub.integration.api.email;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A message to send. {@code from} may be {@code null}: the provider then uses the tenant's or platform's
 * configured sender. At least one of {@code textBody} and {@code htmlBody} is present.
 */
public record EmailMessage(EmailAddress from, List<EmailAddress> to, List<EmailAddress> cc, List<EmailAddress> bcc,
        EmailAddress replyTo, String subject, String textBody, String htmlBody, List<EmailAttachment> attachments,
        Map<String, String> headers) {

    public EmailMessage {
        to = List.copyOf(Objects.requireNonNull(to, "to"));
        cc = cc == null ? List.of() : List.copyOf(cc);
        bcc = bcc == null ? List.of() : List.copyOf(bcc);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        headers = headers == null ? Map.of() : Map.copyOf(headers);
        if (to.isEmpty() && cc.isEmpty() && bcc.isEmpty()) {
            throw new IllegalArgumentException("a message needs at least one recipient");
        }
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("a message needs a subject");
        }
        HeaderValues.requireSingleLine("subject", subject);
        headers.forEach((name, value) -> {
            if (!name.matches("[A-Za-z0-9-]+")) {
                throw new IllegalArgumentException("not a header name: " + name);
            }
            HeaderValues.requireSingleLine(name, value);
        });
        if (textBody == null && htmlBody == null) {
            throw new IllegalArgumentException("a message needs a text or an HTML body");
        }
    }

    /** A plain-text message to one recipient from the configured sender. */
    public static EmailMessage text(EmailAddress to, String subject, String textBody) {
        return new EmailMessage(null, List.of(to), null, null, null, subject, textBody, null, null, null);
    }

    public EmailMessage withHtmlBody(String html) {
        return new EmailMessage(from, to, cc, bcc, replyTo, subject, textBody, html, attachments, headers);
    }

    public EmailMessage withAttachment(EmailAttachment attachment) {
        List<EmailAttachment> all = new ArrayList<>(attachments);
        all.add(attachment);
        return new EmailMessage(from, to, cc, bcc, replyTo, subject, textBody, htmlBody, all, headers);
    }
}
