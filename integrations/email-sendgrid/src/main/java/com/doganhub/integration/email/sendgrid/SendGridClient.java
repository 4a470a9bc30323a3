package com.doganhub.integration.email.sendgrid;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import com.doganhub.integration.api.email.EmailAddress;
import com.doganhub.integration.api.email.EmailAttachment;
import com.doganhub.integration.api.email.EmailDeliveryFailed;
import com.doganhub.integration.api.email.EmailMessage;
import com.doganhub.integration.api.email.OutboundEmail;
import com.doganhub.platform.api.SecretMask;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * SendGrid's v3 Mail Send call. The Message-ID travels as a custom header and the outbox id as a custom argument,
 * so a message sent twice after a crash is recognisable in SendGrid's activity feed and webhooks.
 */
final class SendGridClient {

    static final String OUTBOX_ARGUMENT = "doganhub_outbox_id";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final URI baseUrl;
    private final String apiKey;
    private final Duration timeout;

    SendGridClient(String baseUrl, String apiKey, Duration timeout) {
        this.baseUrl = URI.create(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
        this.apiKey = apiKey;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    /** @return SendGrid's {@code X-Message-Id} */
    String send(OutboundEmail email) {
        String key = email.setting("apiKey", apiKey);
        HttpRequest request = HttpRequest.newBuilder(baseUrl.resolve("v3/mail/send")).timeout(timeout)
                .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body(email), StandardCharsets.UTF_8)).build();
        HttpResponse<String> response = call(request);
        if (response.statusCode() / 100 != 2) {
            throw EmailDeliveryFailed.forHttpStatus(response.statusCode(), SecretMask.scrub(response.body()));
        }
        return response.headers().firstValue("X-Message-Id").orElse(null);
    }

    /** Lists the key's scopes: proves the key is valid and may send, and sends nothing. */
    String check() {
        HttpRequest request = HttpRequest.newBuilder(baseUrl.resolve("v3/scopes")).timeout(timeout)
                .header("Authorization", "Bearer " + apiKey).GET().build();
        HttpResponse<String> response = call(request);
        if (response.statusCode() != 200) {
            throw EmailDeliveryFailed.unavailable("SendGrid answered HTTP " + response.statusCode()
                    + (response.statusCode() == 401 || response.statusCode() == 403 ? " (API key refused)" : ""), null);
        }
        if (!response.body().contains("\"mail.send\"")) {
            throw EmailDeliveryFailed.unavailable("the API key lacks the mail.send scope", null);
        }
        return "API key " + SecretMask.mask(apiKey) + " may send (mail.send)";
    }

    private HttpResponse<String> call(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (java.net.http.HttpTimeoutException timedOut) {
            if (timedOut instanceof java.net.http.HttpConnectTimeoutException) {
                throw EmailDeliveryFailed.unavailable("SendGrid unreachable: connect timeout", null);
            }
            throw EmailDeliveryFailed.unconfirmed("no answer from SendGrid within the timeout", null);
        } catch (IOException unreachable) {
            throw EmailDeliveryFailed.unavailable("SendGrid unreachable: " + unreachable.getClass().getSimpleName()
                    + (unreachable.getMessage() == null ? "" : " " + SecretMask.scrub(unreachable.getMessage())), null);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw EmailDeliveryFailed.unavailable("interrupted while calling SendGrid", null);
        }
    }

    static String body(OutboundEmail email) {
        EmailMessage message = email.message();
        ObjectNode root = JSON.createObjectNode();
        ObjectNode personalization = root.putArray("personalizations").addObject();
        addresses(personalization, "to", message.to());
        addresses(personalization, "cc", message.cc());
        addresses(personalization, "bcc", message.bcc());
        root.set("from", address(email.from()));
        if (message.replyTo() != null) {
            root.set("reply_to", address(message.replyTo()));
        }
        root.put("subject", message.subject());
        ArrayNode content = root.putArray("content"); // SendGrid wants text/plain before text/html
        if (message.textBody() != null) {
            content.addObject().put("type", "text/plain").put("value", message.textBody());
        }
        if (message.htmlBody() != null) {
            content.addObject().put("type", "text/html").put("value", message.htmlBody());
        }
        if (!message.attachments().isEmpty()) {
            ArrayNode attachments = root.putArray("attachments");
            for (EmailAttachment attachment : message.attachments()) {
                attachments.addObject().put("content", Base64.getEncoder().encodeToString(attachment.content()))
                        .put("type", attachment.contentType() == null ? "application/octet-stream" : attachment.contentType())
                        .put("filename", attachment.fileName()).put("disposition", "attachment");
            }
        }
        ObjectNode headers = root.putObject("headers");
        headers.put("Message-ID", "<" + email.messageId() + ">");
        headers.put("X-DoganHub-Tenant", email.tenantSlug());
        message.headers().forEach(headers::put);
        root.putObject("custom_args").put(OUTBOX_ARGUMENT, email.outboxId()).put("doganhub_tenant", email.tenantSlug());
        return root.toString();
    }

    private static void addresses(ObjectNode personalization, String field, List<EmailAddress> addresses) {
        if (!addresses.isEmpty()) {
            ArrayNode list = personalization.putArray(field);
            addresses.forEach(address -> list.add(address(address)));
        }
    }

    private static ObjectNode address(EmailAddress address) {
        ObjectNode node = JSON.createObjectNode().put("email", address.address());
        if (address.displayName() != null) {
            node.put("name", address.displayName());
        }
        return node;
    }
}
