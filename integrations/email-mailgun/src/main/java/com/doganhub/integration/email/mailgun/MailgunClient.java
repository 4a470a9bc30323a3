package com.doganhub.integration.email.mailgun;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.doganhub.integration.api.email.EmailAddress;
import com.doganhub.integration.api.email.EmailAttachment;
import com.doganhub.integration.api.email.EmailDeliveryFailed;
import com.doganhub.integration.api.email.EmailMessage;
import com.doganhub.integration.api.email.OutboundEmail;
import com.doganhub.platform.api.SecretMask;

/**
 * Mailgun's Messages call. The Message-ID is set with {@code h:Message-Id} and the outbox id travels as the custom
 * variable {@code v:doganhub-outbox-id}, so a duplicate after a crash is recognisable.
 */
final class MailgunClient {

    static final String US = "https://api.mailgun.net";
    static final String EU = "https://api.eu.mailgun.net";
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

    private final HttpClient http;
    private final String baseUrl;
    private final String apiKey;
    private final String domain;
    private final Duration timeout;

    MailgunClient(String baseUrl, String apiKey, String domain, Duration timeout) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.apiKey = apiKey;
        this.domain = domain;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    static String baseUrl(String configured, String region) {
        if (configured != null && !configured.isBlank()) {
            return configured.strip();
        }
        return "eu".equalsIgnoreCase(region == null ? "" : region.strip()) ? EU : US;
    }

    /** @return Mailgun's message id */
    String send(OutboundEmail email) {
        String sendingDomain = email.setting("domain", domain);
        MultipartForm form = form(email);
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/v3/" + path(sendingDomain) + "/messages"))
                .timeout(timeout).header("Authorization", basic(email.setting("apiKey", apiKey)))
                .header("Content-Type", form.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(form.bytes())).build();
        HttpResponse<String> response = call(request);
        if (response.statusCode() / 100 != 2) {
            throw EmailDeliveryFailed.forHttpStatus(response.statusCode(), SecretMask.scrub(response.body()));
        }
        Matcher id = ID.matcher(response.body());
        return id.find() ? id.group(1) : null;
    }

    /** Reads the sending domain: proves key and domain and sends nothing. */
    String check() {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/v3/domains/" + path(domain)))
                .timeout(timeout).header("Authorization", basic(apiKey)).GET().build();
        HttpResponse<String> response = call(request);
        if (response.statusCode() != 200) {
            throw EmailDeliveryFailed.unavailable("Mailgun answered HTTP " + response.statusCode()
                    + (response.statusCode() == 401 ? " (API key refused)"
                            : response.statusCode() == 404 ? " (no such domain " + domain + ")" : ""), null);
        }
        return "domain " + domain + " readable with API key " + SecretMask.mask(apiKey);
    }

    static MultipartForm form(OutboundEmail email) {
        EmailMessage message = email.message();
        MultipartForm form = new MultipartForm().field("from", mailbox(email.from()));
        addresses(form, "to", message.to());
        addresses(form, "cc", message.cc());
        addresses(form, "bcc", message.bcc());
        form.field("subject", message.subject()).field("text", message.textBody()).field("html", message.htmlBody());
        if (message.replyTo() != null) {
            form.field("h:Reply-To", mailbox(message.replyTo()));
        }
        form.field("h:Message-Id", "<" + email.messageId() + ">").field("h:X-DoganHub-Tenant", email.tenantSlug());
        message.headers().forEach((name, value) -> form.field("h:" + name, value));
        form.field("v:doganhub-outbox-id", email.outboxId());
        for (EmailAttachment attachment : message.attachments()) {
            form.file("attachment", attachment.fileName(), attachment.contentType(), attachment.content());
        }
        return form;
    }

    private HttpResponse<String> call(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (java.net.http.HttpTimeoutException timedOut) {
            if (timedOut instanceof java.net.http.HttpConnectTimeoutException) {
                throw EmailDeliveryFailed.unavailable("Mailgun unreachable: connect timeout", null);
            }
            throw EmailDeliveryFailed.unconfirmed("no answer from Mailgun within the timeout", null);
        } catch (IOException unreachable) {
            throw EmailDeliveryFailed.unavailable("Mailgun unreachable: " + unreachable.getClass().getSimpleName()
                    + (unreachable.getMessage() == null ? "" : " " + SecretMask.scrub(unreachable.getMessage())), null);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw EmailDeliveryFailed.unavailable("interrupted while calling Mailgun", null);
        }
    }

    private static void addresses(MultipartForm form, String field, List<EmailAddress> addresses) {
        addresses.forEach(address -> form.field(field, mailbox(address)));
    }

    /** {@code "Name" <address>}; the name quoted so commas and Arabic survive. */
    static String mailbox(EmailAddress address) {
        if (address.displayName() == null) {
            return address.address();
        }
        return "\"" + address.displayName().replace("\\", "\\\\").replace("\"", "\\\"") + "\" <" + address.address() + ">";
    }

    private static String basic(String key) {
        return "Basic " + Base64.getEncoder().encodeToString(("api:" + key).getBytes(StandardCharsets.UTF_8));
    }

    private static String path(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
