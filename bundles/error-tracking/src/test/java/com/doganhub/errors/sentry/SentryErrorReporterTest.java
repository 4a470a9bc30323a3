package com.doganhub.errors.sentry;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.doganhub.platform.api.error.UnhandledError;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/** What reaches Sentry's envelope endpoint (a local stub of it): the ids and release, never a secret or a person. */
class SentryErrorReporterTest {

    private WireMockServer sentry;

    @BeforeEach
    void start() {
        sentry = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
        sentry.start();
        sentry.stubFor(post("/api/4242/envelope/").willReturn(aResponse().withStatus(200).withBody("{}")));
    }

    @AfterEach
    void stop() {
        sentry.stop();
    }

    @Test
    void anUnhandledErrorArrivesAsAnEnvelopeWithItsIdsAndWithoutSecrets() {
        String dsn = "http://0123456789abcdef0123456789abcdef@127.0.0.1:" + sentry.port() + "/4242";
        var client = SentryErrorReporter.client(dsn, "production", "doganhub@0.1.0");
        try {
            IllegalStateException failure = new IllegalStateException(
                    "cannot reach https://billing:sk_live_51SecretPart9876@api.stripe.example/v1 with apiKey=sk_live_51SecretPart9876");
            ErrorReporterUnderTest reporter = new ErrorReporterUnderTest(client);
            reporter.report(new UnhandledError(failure, "err-7", "req-42", "tenant-a", "GET /api/v1/finance/invoices/{id}"));
            client.flush(Duration.ofSeconds(5).toMillis());
        } finally {
            client.close();
        }

        List<LoggedRequest> sent = sentry.findAll(postRequestedFor(urlEqualTo("/api/4242/envelope/")));
        assertThat(sent).hasSize(1);
        LoggedRequest envelope = sent.get(0);
        assertThat(envelope.getHeader("X-Sentry-Auth")).contains("sentry_key=0123456789abcdef0123456789abcdef")
                .contains("sentry_version=7");
        String body = envelope.getBodyAsString();
        assertThat(body).contains("\"error_id\":\"err-7\"").contains("\"request_id\":\"req-42\"")
                .contains("\"tenant_id\":\"tenant-a\"").contains("\"release\":\"doganhub@0.1.0\"")
                .contains("\"environment\":\"production\"").contains("IllegalStateException")
                .contains("GET /api/v1/finance/invoices/{id}")
                .doesNotContain("sk_live_51SecretPart9876").doesNotContain("\"user\"");
    }

    /** The reporter's event building around a given client (the component builds its client from configuration). */
    private static final class ErrorReporterUnderTest {
        private final io.sentry.SentryClient client;

        ErrorReporterUnderTest(io.sentry.SentryClient client) {
            this.client = client;
        }

        void report(UnhandledError error) {
            SentryErrorReporter.send(client, error);
        }
    }
}
