package com.doganhub.integration.email.sendgrid;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.doganhub.integration.api.email.EmailAddress;
import com.doganhub.integration.api.email.EmailAttachment;
import com.doganhub.integration.api.email.EmailDeliveryFailed;
import com.doganhub.integration.api.email.EmailMessage;
import com.doganhub.integration.api.email.OutboundEmail;
import com.github.tomakehurst.wiremock.WireMockServer;

/** SendGrid's wire format, asserted on real HTTP traffic against WireMock. */
class SendGridClientTest {

    private static final String KEY = "SG.test-key-0123456789abcdefghij";

    private WireMockServer sendGrid;
    private SendGridClient client;

    @BeforeEach
    void start() {
        sendGrid = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        sendGrid.start();
        client = new SendGridClient(sendGrid.baseUrl(), KEY, Duration.ofSeconds(5));
    }

    @AfterEach
    void stop() {
        sendGrid.stop();
    }

    @Test
    void postsTheDocumentedJsonWithTheBearerKeyAndBase64Attachments() {
        sendGrid.stubFor(post("/v3/mail/send").willReturn(aResponse().withStatus(202).withHeader("X-Message-Id", "sg-1")));

        String id = client.send(email());

        assertThat(id).isEqualTo("sg-1");
        sendGrid.verify(postRequestedFor(urlEqualTo("/v3/mail/send"))
                .withHeader("Authorization", equalTo("Bearer " + KEY))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("""
                        {"personalizations":[{"to":[{"email":"sara@alnoor.sa","name":"سارة"}],
                                              "bcc":[{"email":"audit@alnoor.sa"}]}],
                         "from":{"email":"billing@alnoor.sa","name":"مؤسسة النور"},
                         "reply_to":{"email":"help@alnoor.sa"},
                         "subject":"فاتورة رقم 42",
                         "content":[{"type":"text/plain","value":"مرفق فاتورتك"},
                                    {"type":"text/html","value":"<p>مرفق فاتورتك</p>"}],
                         "attachments":[{"content":"JVBERg==","type":"application/pdf","filename":"invoice-42.pdf",
                                         "disposition":"attachment"}],
                         "headers":{"Message-ID":"<o-1@doganhub>","X-DoganHub-Tenant":"alnoor"},
                         "custom_args":{"doganhub_outbox_id":"o-1","doganhub_tenant":"alnoor"}}""")));
    }

    @Test
    void aRefusedMessageIsPermanentAndRefusedCredentialsAreNot() {
        sendGrid.stubFor(post("/v3/mail/send").willReturn(aResponse().withStatus(400)
                .withBody("{\"errors\":[{\"message\":\"Does not contain a valid address.\",\"field\":\"personalizations.0.to\"}]}")));
        assertThatThrownBy(() -> client.send(email())).isInstanceOfSatisfying(EmailDeliveryFailed.class, failed -> {
            assertThat(failed.permanent()).isTrue();
            assertThat(failed.reason()).contains("HTTP 400").contains("valid address");
        });

        sendGrid.stubFor(post("/v3/mail/send").willReturn(aResponse().withStatus(401)
                .withBody("{\"errors\":[{\"message\":\"The provided authorization grant is invalid\"}]}")));
        assertThatThrownBy(() -> client.send(email())).isInstanceOfSatisfying(EmailDeliveryFailed.class,
                failed -> assertThat(failed.permanent()).isFalse());

        sendGrid.stubFor(post("/v3/mail/send").willReturn(aResponse().withStatus(503)));
        assertThatThrownBy(() -> client.send(email())).isInstanceOfSatisfying(EmailDeliveryFailed.class,
                failed -> assertThat(failed.permanent()).isFalse());
    }

    @Test
    void anUnreachableServerIsUnavailable() {
        sendGrid.stop();
        assertThatThrownBy(() -> client.send(email())).isInstanceOfSatisfying(EmailDeliveryFailed.class, failed -> {
            assertThat(failed.permanent()).isFalse();
            assertThat(failed.reason()).startsWith("SendGrid unreachable");
        });
    }

    @Test
    void aTenantsOwnKeyReplacesThePlatformsKey() {
        sendGrid.stubFor(post("/v3/mail/send").willReturn(aResponse().withStatus(202)));
        OutboundEmail own = new OutboundEmail("o-2", "alnoor", "o-2@doganhub", EmailAddress.of("a@alnoor.sa"),
                EmailMessage.text(EmailAddress.of("b@alnoor.sa"), "Hi", "Hi"), Map.of("apiKey", "SG.tenant-own-key"));
        client.send(own);
        sendGrid.verify(postRequestedFor(urlEqualTo("/v3/mail/send"))
                .withHeader("Authorization", equalTo("Bearer SG.tenant-own-key")));
    }

    @Test
    void theCheckListsScopesAndSendsNothing() {
        sendGrid.stubFor(get("/v3/scopes").willReturn(aResponse().withStatus(200)
                .withBody("{\"scopes\":[\"mail.send\",\"alerts.read\"]}")));
        assertThat(client.check()).contains("SG.t…ghij").contains("mail.send").doesNotContain(KEY);
        assertThat(sendGrid.findAll(postRequestedFor(urlEqualTo("/v3/mail/send")))).isEmpty();

        sendGrid.stubFor(get("/v3/scopes").willReturn(aResponse().withStatus(401)));
        assertThatThrownBy(() -> client.check()).hasMessageContaining("API key refused").hasMessageNotContaining(KEY);
    }

    private static OutboundEmail email() {
        EmailMessage message = new EmailMessage(null, List.of(new EmailAddress("sara@alnoor.sa", "سارة")), null,
                List.of(EmailAddress.of("audit@alnoor.sa")), EmailAddress.of("help@alnoor.sa"), "فاتورة رقم 42",
                "مرفق فاتورتك", "<p>مرفق فاتورتك</p>",
                List.of(new EmailAttachment("invoice-42.pdf", "application/pdf", new byte[] { 37, 80, 68, 70 })), null);
        return new OutboundEmail("o-1", "alnoor", "o-1@doganhub", new EmailAddress("billing@alnoor.sa", "مؤسسة النور"),
                message, Map.of());
    }
}
