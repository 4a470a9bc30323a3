package com.doganhub.integration.email.sendgrid;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.camel.RoutesBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import com.doganhub.integration.api.email.EmailProviderContract;
import com.doganhub.integration.api.email.OutboundEmail;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;

/** The email provider contract for SendGrid, its v3 API stubbed at the HTTP wire (WireMock) and read back from there. */
class SendGridContractTest extends EmailProviderContract {

    private static final String KEY = "SG.contract-key-0123456789abcdefghij";
    private WireMockServer sendGrid;

    @BeforeEach
    void startStub() {
        sendGrid = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        sendGrid.start();
        sendGrid.stubFor(post("/v3/mail/send").willReturn(aResponse().withStatus(202).withHeader("X-Message-Id", "sg-c1")));
    }

    @AfterEach
    void stopStub() {
        if (sendGrid.isRunning()) {
            sendGrid.stop();
        }
    }

    @Override
    protected String provider() {
        return "sendgrid";
    }

    @Override
    protected RoutesBuilder routes() {
        String baseUrl = sendGrid.baseUrl();
        return new SendGridProvider(new SendGridSettings() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return SendGridSettings.class;
            }

            @Override
            public String apiKey() {
                return KEY;
            }

            @Override
            public String baseUrl() {
                return baseUrl;
            }

            @Override
            public int timeoutSeconds() {
                return 5;
            }
        });
    }

    @Override
    protected Received received(OutboundEmail sent) throws Exception {
        JsonNode body = new ObjectMapper().readTree(sendGrid.findAll(postRequestedFor(urlEqualTo("/v3/mail/send")))
                .get(0).getBodyAsString());
        List<String> to = new ArrayList<>();
        body.get("personalizations").get(0).get("to").forEach(address -> to.add(address.get("email").asText()));
        String text = null;
        String html = null;
        for (JsonNode content : body.get("content")) {
            if (content.get("type").asText().equals("text/plain")) {
                text = content.get("value").asText();
            } else if (content.get("type").asText().equals("text/html")) {
                html = content.get("value").asText();
            }
        }
        Map<String, byte[]> attachments = new HashMap<>();
        body.path("attachments").forEach(attachment -> attachments.put(attachment.get("filename").asText(),
                Base64.getDecoder().decode(attachment.get("content").asText())));
        return new Received(body.get("subject").asText(), to, body.get("from").get("email").asText(),
                body.get("from").path("name").asText(null), text, html, attachments);
    }

    @Override
    protected void takePeerAway() {
        sendGrid.stop();
    }

    @Override
    protected String secret() {
        return KEY;
    }
}
