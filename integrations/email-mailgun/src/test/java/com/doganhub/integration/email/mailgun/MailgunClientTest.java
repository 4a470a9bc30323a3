package com.doganhub.integration.email.mailgun;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
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

/** Mailgun's wire format, asserted on real HTTP traffic against WireMock. */
class MailgunClientTest {

    private static final String KEY = "key-0123456789abcdef0123456789abcdef";

    private WireMockServer mailgun;
    private MailgunClient client;

    @BeforeEach
    void start() {
        mailgun = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        mailgun.start();
        client = new MailgunClient(mailgun.baseUrl(), KEY, "mg.alnoor.sa", Duration.ofSeconds(5));
    }

    @AfterEach
    void stop() {
        mailgun.stop();
    }

    @Test
    void postsTheDocumentedFormWithBasicAuthAndTheAttachmentAsAFile() {
        mailgun.stubFor(post("/v3/mg.alnoor.sa/messages").willReturn(aResponse().withStatus(200)
                .withBody("{\"id\":\"<20261127.1@mg.alnoor.sa>\",\"message\":\"Queued. Thank you.\"}")));

        assertThat(client.send(email())).isEqualTo("<20261127.1@mg.alnoor.sa>");

        String basic = "Basic " + Base64.getEncoder().encodeToString(("api:" + KEY).getBytes(StandardCharsets.UTF_8));
        mailgun.verify(postRequestedFor(urlEqualTo("/v3/mg.alnoor.sa/messages"))
                .withHeader("Authorization", equalTo(basic))
                .withRequestBodyPart(aMultipart("from").withBody(equalTo("\"مؤسسة النور\" <billing@mg.alnoor.sa>")).build())
                .withRequestBodyPart(aMultipart("to").withBody(equalTo("\"سارة\" <sara@alnoor.sa>")).build())
                .withRequestBodyPart(aMultipart("cc").withBody(equalTo("omar@alnoor.sa")).build())
                .withRequestBodyPart(aMultipart("subject").withBody(equalTo("فاتورة رقم 42")).build())
                .withRequestBodyPart(aMultipart("text").withBody(equalTo("مرفق فاتورتك")).build())
                .withRequestBodyPart(aMultipart("html").withBody(equalTo("<p>مرفق فاتورتك</p>")).build())
                .withRequestBodyPart(aMultipart("h:Message-Id").withBody(equalTo("<o-1@doganhub>")).build())
                .withRequestBodyPart(aMultipart("v:doganhub-outbox-id").withBody(equalTo("o-1")).build())
                .withRequestBodyPart(aMultipart("attachment").withHeader("Content-Disposition",
                        equalTo("form-data; name=\"attachment\"; filename=\"invoice-42.pdf\""))
                        .withBody(binaryEqualTo(new byte[] { 37, 80, 68, 70 })).build()));
    }

    @Test
    void theRegionChoosesTheBaseUrl() {
        assertThat(MailgunClient.baseUrl("", "eu")).isEqualTo("https://api.eu.mailgun.net");
        assertThat(MailgunClient.baseUrl("", "us")).isEqualTo("https://api.mailgun.net");
        assertThat(MailgunClient.baseUrl("http://127.0.0.1:8090", "eu")).isEqualTo("http://127.0.0.1:8090");
    }

    @Test
    void aRefusedAddressIsPermanentAndAnOutageIsNot() {
        mailgun.stubFor(post("/v3/mg.alnoor.sa/messages").willReturn(aResponse().withStatus(400)
                .withBody("{\"message\":\"'to' parameter is not a valid address. please check documentation\"}")));
        assertThatThrownBy(() -> client.send(email())).isInstanceOfSatisfying(EmailDeliveryFailed.class, failed -> {
            assertThat(failed.permanent()).isTrue();
            assertThat(failed.reason()).contains("not a valid address");
        });
        mailgun.stubFor(post("/v3/mg.alnoor.sa/messages").willReturn(aResponse().withStatus(500)));
        assertThatThrownBy(() -> client.send(email())).isInstanceOfSatisfying(EmailDeliveryFailed.class,
                failed -> assertThat(failed.permanent()).isFalse());
    }

    @Test
    void theCheckReadsTheDomainAndNeverShowsTheKey() {
        mailgun.stubFor(get("/v3/domains/mg.alnoor.sa").willReturn(aResponse().withStatus(200).withBody("{}")));
        assertThat(client.check()).contains("mg.alnoor.sa").contains("key-…cdef").doesNotContain(KEY);
        mailgun.stubFor(get("/v3/domains/mg.alnoor.sa").willReturn(aResponse().withStatus(401)));
        assertThatThrownBy(() -> client.check()).hasMessageContaining("API key refused").hasMessageNotContaining(KEY);
    }

    private static OutboundEmail email() {
        EmailMessage message = new EmailMessage(null, List.of(new EmailAddress("sara@alnoor.sa", "سارة")),
                List.of(EmailAddress.of("omar@alnoor.sa")), null, null, "فاتورة رقم 42", "مرفق فاتورتك",
                "<p>مرفق فاتورتك</p>",
                List.of(new EmailAttachment("invoice-42.pdf", "application/pdf", new byte[] { 37, 80, 68, 70 })), null);
        return new OutboundEmail("o-1", "alnoor", "o-1@doganhub", new EmailAddress("billing@mg.alnoor.sa", "مؤسسة النور"),
                message, Map.of());
    }
}
