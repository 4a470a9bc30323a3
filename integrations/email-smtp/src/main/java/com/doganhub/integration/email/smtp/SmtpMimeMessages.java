package com.doganhub.integration.email.smtp;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimePart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.util.ByteArrayDataSource;

import com.doganhub.integration.api.email.EmailAddress;
import com.doganhub.integration.api.email.EmailAttachment;
import com.doganhub.integration.api.email.EmailMessage;
import com.doganhub.integration.api.email.OutboundEmail;

/** Builds the MIME message camel-mail sends as is: UTF-8 throughout, the outbox's Message-ID kept on every attempt. */
final class SmtpMimeMessages {

    private SmtpMimeMessages() {
    }

    static MimeMessage build(OutboundEmail email) throws MessagingException {
        EmailMessage message = email.message();
        MimeMessage mime = new FixedIdMimeMessage(Session.getInstance(new Properties()), "<" + email.messageId() + ">");
        mime.setFrom(address(email.from()));
        recipients(mime, Message.RecipientType.TO, message.to());
        recipients(mime, Message.RecipientType.CC, message.cc());
        recipients(mime, Message.RecipientType.BCC, message.bcc());
        if (message.replyTo() != null) {
            mime.setReplyTo(new InternetAddress[] { address(message.replyTo()) });
        }
        mime.setSubject(message.subject(), StandardCharsets.UTF_8.name());
        mime.setHeader("X-DoganHub-Tenant", email.tenantSlug());
        for (var header : message.headers().entrySet()) {
            mime.setHeader(header.getKey(), encoded(header.getValue()));
        }
        if (message.attachments().isEmpty()) {
            fill(mime, message);
        } else {
            MimeMultipart mixed = new MimeMultipart("mixed");
            MimeBodyPart content = new MimeBodyPart();
            fill(content, message);
            mixed.addBodyPart(content);
            for (EmailAttachment attachment : message.attachments()) {
                MimeBodyPart part = new MimeBodyPart();
                part.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment.content(),
                        attachment.contentType() == null ? "application/octet-stream" : attachment.contentType())));
                part.setFileName(encoded(attachment.fileName()));
                part.setDisposition(MimeBodyPart.ATTACHMENT);
                mixed.addBodyPart(part);
            }
            MultipartContent.set(mime, mixed);
        }
        mime.saveChanges();
        return mime;
    }

    /** Text, HTML, or both as multipart/alternative (text first: clients show the last part they can). */
    private static void fill(MimePart part, EmailMessage message) throws MessagingException {
        if (message.textBody() != null && message.htmlBody() != null) {
            MimeMultipart alternative = new MimeMultipart("alternative");
            MimeBodyPart text = new MimeBodyPart();
            text.setText(message.textBody(), StandardCharsets.UTF_8.name());
            MimeBodyPart html = new MimeBodyPart();
            html.setText(message.htmlBody(), StandardCharsets.UTF_8.name(), "html");
            alternative.addBodyPart(text);
            alternative.addBodyPart(html);
            MultipartContent.set(part, alternative);
        } else if (message.htmlBody() != null) {
            part.setText(message.htmlBody(), StandardCharsets.UTF_8.name(), "html");
        } else {
            part.setText(message.textBody(), StandardCharsets.UTF_8.name());
        }
    }

    private static void recipients(MimeMessage mime, Message.RecipientType type, List<EmailAddress> addresses)
            throws MessagingException {
        for (EmailAddress address : addresses) {
            mime.addRecipient(type, address(address));
        }
    }

    static InternetAddress address(EmailAddress address) {
        try {
            return new InternetAddress(address.address(), address.displayName(), StandardCharsets.UTF_8.name());
        } catch (UnsupportedEncodingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static String encoded(String value) {
        try {
            return MimeUtility.encodeText(value, StandardCharsets.UTF_8.name(), null);
        } catch (UnsupportedEncodingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** Jakarta Mail replaces the Message-ID at every save; the outbox's id must survive every attempt. */
    private static final class FixedIdMimeMessage extends MimeMessage {

        private final String messageId;

        FixedIdMimeMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
