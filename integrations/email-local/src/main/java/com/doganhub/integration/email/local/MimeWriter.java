package com.doganhub.integration.email.local;

import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import com.doganhub.integration.api.email.EmailAddress;
import com.doganhub.integration.api.email.EmailAttachment;
import com.doganhub.integration.api.email.EmailMessage;

/**
 * Renders a message as RFC 5322 / MIME text: non-ASCII header words as RFC 2047 encoded words, text parts in 8 bit
 * UTF-8 when their lines are short enough and base64 otherwise, HTML and attachments in base64.
 */
final class MimeWriter {

    private static final String CRLF = "\r\n";
    private static final int MAX_LINE = 998;
    private static final DateTimeFormatter DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT);

    private MimeWriter() {
    }

    static String render(EmailMessage message, EmailAddress from, String messageId, ZonedDateTime date,
            String tenantSlug) {
        StringBuilder out = new StringBuilder();
        header(out, "Message-ID", "<" + messageId + ">");
        header(out, "Date", DATE.format(date));
        header(out, "From", address(from));
        addresses(out, "To", message.to());
        addresses(out, "Cc", message.cc());
        addresses(out, "Bcc", message.bcc());
        if (message.replyTo() != null) {
            header(out, "Reply-To", address(message.replyTo()));
        }
        header(out, "Subject", encodedWord(message.subject()));
        header(out, "MIME-Version", "1.0");
        if (tenantSlug != null) {
            header(out, "X-DoganHub-Tenant", tenantSlug);
        }
        message.headers().forEach((name, value) -> header(out, name, encodedWord(value)));
        String body = body(message);
        out.append(body);
        return out.toString();
    }

    private static String body(EmailMessage message) {
        String alternative = message.htmlBody() == null ? textPart(message.textBody())
                : message.textBody() == null ? htmlPart(message.htmlBody())
                        : multipart("alternative", List.of(textPart(message.textBody()), htmlPart(message.htmlBody())));
        if (message.attachments().isEmpty()) {
            return alternative;
        }
        List<String> parts = new java.util.ArrayList<>();
        parts.add(alternative);
        message.attachments().forEach(attachment -> parts.add(attachmentPart(attachment)));
        return multipart("mixed", parts);
    }

    private static String textPart(String text) {
        String normalized = text.replace("\r\n", "\n").replace("\n", CRLF);
        boolean shortLines = normalized.lines().allMatch(line -> line.getBytes(StandardCharsets.UTF_8).length <= MAX_LINE);
        if (shortLines) {
            return "Content-Type: text/plain; charset=UTF-8" + CRLF + "Content-Transfer-Encoding: 8bit" + CRLF + CRLF
                    + normalized + CRLF;
        }
        return "Content-Type: text/plain; charset=UTF-8" + CRLF + "Content-Transfer-Encoding: base64" + CRLF + CRLF
                + base64(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String htmlPart(String html) {
        return "Content-Type: text/html; charset=UTF-8" + CRLF + "Content-Transfer-Encoding: base64" + CRLF + CRLF
                + base64(html.getBytes(StandardCharsets.UTF_8));
    }

    private static String attachmentPart(EmailAttachment attachment) {
        String type = attachment.contentType() == null ? "application/octet-stream" : attachment.contentType();
        String name = encodedWord(attachment.fileName()).replace("\"", "");
        return "Content-Type: " + type + "; name=\"" + name + "\"" + CRLF
                + "Content-Disposition: attachment; filename=\"" + name + "\"" + CRLF
                + "Content-Transfer-Encoding: base64" + CRLF + CRLF + base64(attachment.content());
    }

    private static String multipart(String subtype, List<String> parts) {
        String boundary = "=_doganhub_" + UUID.randomUUID().toString().replace("-", "");
        StringBuilder out = new StringBuilder("Content-Type: multipart/" + subtype + "; boundary=\"" + boundary + "\""
                + CRLF + CRLF);
        for (String part : parts) {
            out.append("--").append(boundary).append(CRLF).append(part);
        }
        out.append("--").append(boundary).append("--").append(CRLF);
        return out.toString();
    }

    private static String base64(byte[] content) {
        return Base64.getMimeEncoder(76, CRLF.getBytes(StandardCharsets.US_ASCII)).encodeToString(content) + CRLF;
    }

    private static void header(StringBuilder out, String name, String value) {
        out.append(name).append(": ").append(value).append(CRLF);
    }

    private static void addresses(StringBuilder out, String name, List<EmailAddress> addresses) {
        if (!addresses.isEmpty()) {
            header(out, name, addresses.stream().map(MimeWriter::address).collect(Collectors.joining(", ")));
        }
    }

    static String address(EmailAddress address) {
        if (address.displayName() == null || address.displayName().isBlank()) {
            return "<" + address.address() + ">";
        }
        String name = address.displayName();
        String shown = isAscii(name) ? "\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"" : encodedWord(name);
        return shown + " <" + address.address() + ">";
    }

    /** RFC 2047 {@code =?UTF-8?B?…?=} for text that is not plain ASCII; plain ASCII as it is. */
    static String encodedWord(String text) {
        if (isAscii(text)) {
            return text;
        }
        return "=?UTF-8?B?" + Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)) + "?=";
    }

    private static boolean isAscii(String text) {
        return text.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
    }
}
