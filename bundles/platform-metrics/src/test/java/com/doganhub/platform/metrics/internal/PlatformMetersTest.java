package com.doganhub.platform.metrics.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.Annotation;
import java.time.Duration;
import java.util.List;

import javax.ws.rs.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/** What Datadog's and New Relic's APIs receive (WireMock in their place), and the Prometheus text of /metrics. */
class PlatformMetersTest {

    private WireMockServer wire;

    @BeforeEach
    void start() {
        wire = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
        wire.start();
        wire.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(202).withBody("{}")));
    }

    @AfterEach
    void stop() {
        wire.stop();
    }

    @Test
    void datadogReceivesSeriesWithTheKeyAsItsV1ApiTakesIt() {
        var datadog = PlatformMeters.datadog("dd0123456789abcdef0123456789abcd", wire.baseUrl(), Duration.ofSeconds(60));
        datadog.counter("doganhub.outbox.sent", "provider", "smtp").increment(3);
        datadog.close();

        List<LoggedRequest> requests = wire.findAll(anyRequestedFor(anyUrl()));
        assertThat(requests).as(requests.toString()).isNotEmpty();
        LoggedRequest series = requests.stream().filter(r -> r.getUrl().startsWith("/api/v1/series")).findFirst()
                .orElseThrow(() -> new AssertionError(requests.toString()));
        assertThat(series.getMethod().getName()).isEqualTo("POST");
        // Micrometer 1.15 uses Datadog's v1 series API, which takes the key as the api_key query parameter.
        assertThat(series.queryParameter("api_key").firstValue()).isEqualTo("dd0123456789abcdef0123456789abcd");
        assertThat(series.getHeader("Content-Type")).startsWith("application/json");
        assertThat(series.getBodyAsString()).contains("\"series\"").contains("\"metric\":\"doganhub.outbox.sent\"")
                .contains("\"provider:smtp\"");
    }

    @Test
    void newRelicReceivesEventsForTheAccountWithTheInsertKey() {
        var newRelic = PlatformMeters.newRelic("NRII-0123456789abcdef0123456789ab", "424242", wire.baseUrl(),
                Duration.ofSeconds(60));
        newRelic.counter("doganhub.outbox.sent", "provider", "smtp").increment(3);
        newRelic.close();

        List<LoggedRequest> requests = wire.findAll(anyRequestedFor(anyUrl()));
        LoggedRequest events = requests.stream().filter(r -> r.getUrl().equals("/v1/accounts/424242/events"))
                .findFirst().orElseThrow(() -> new AssertionError(requests.toString()));
        assertThat(events.getMethod().getName()).isEqualTo("POST");
        assertThat(events.getHeader("X-Insert-Key")).isEqualTo("NRII-0123456789abcdef0123456789ab");
        assertThat(events.getBodyAsString()).contains("\"eventType\"").contains("doganhub")
                .contains("\"provider\":\"smtp\"");
    }

    @Test
    void platformFiguresFromMetricSourcesArePushedToDatadogButNotRepeatedInPrometheus() {
        PlatformMeters meters = new PlatformMeters(settings("dd0123456789abcdef0123456789abcd", wire.baseUrl()));
        meters.addSource(() -> List.of(com.doganhub.platform.api.metrics.Metric.gauge("doganhub_outbox_messages",
                "Outbox messages by status", java.util.Map.of("status", "dead"), 4)));
        meters.refreshBridged();
        assertThat(meters.prometheusText()).doesNotContain("doganhub_outbox_messages");
        meters.close();

        LoggedRequest series = wire.findAll(anyRequestedFor(anyUrl())).stream()
                .filter(r -> r.getUrl().startsWith("/api/v1/series")).findFirst().orElseThrow();
        assertThat(series.getBodyAsString()).contains("\"metric\":\"doganhub_outbox_messages\"")
                .contains("\"status:dead\"").contains("4.0");
    }

    @Test
    void prometheusTextHasTheJvmAndTheRequestHistogramByRoute() {
        PlatformMeters meters = new PlatformMeters(settings());
        try {
            meters.recordRequest("GET", "/api/v1/files/{id}", 200, Duration.ofMillis(12).toNanos());
            meters.recordRequest("GET", "/api/v1/files/{id}", 404, Duration.ofMillis(3).toNanos());
            String text = meters.prometheusText();
            assertThat(text).contains("jvm_memory_used_bytes{")
                    .contains("http_server_requests_seconds_bucket{")
                    .contains("route=\"/api/v1/files/{id}\"")
                    .contains("status=\"404\"")
                    .contains("application=\"doganhub\"");
            assertThat(text.lines().filter(line -> line.startsWith("# TYPE http_server_requests_seconds ")))
                    .hasSize(1);
        } finally {
            meters.close();
        }
    }

    @Test
    void routesAreTemplatesWithOneLeadingSlash() {
        assertThat(HttpMetricsFilter.template(path("api/v1/files"), path("{id}/content")))
                .isEqualTo("/api/v1/files/{id}/content");
        assertThat(HttpMetricsFilter.template(path("/metrics"), null)).isEqualTo("/metrics");
        assertThat(HttpMetricsFilter.template(path("api/v1/admin/integrations/"), path("/check")))
                .isEqualTo("/api/v1/admin/integrations/check");
    }

    private static Path path(String value) {
        return new Path() {
            @Override
            public String value() {
                return value;
            }

            @Override
            public Class<? extends Annotation> annotationType() {
                return Path.class;
            }
        };
    }

    private static MetricsSettings settings() {
        return settings("", "https://api.datadoghq.com");
    }

    private static MetricsSettings settings(String datadogKey, String datadogUri) {
        return new MetricsSettings() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return MetricsSettings.class;
            }

            @Override
            public String datadogApiKey() {
                return datadogKey;
            }

            @Override
            public String datadogUri() {
                return datadogUri;
            }

            @Override
            public String newRelicApiKey() {
                return "";
            }

            @Override
            public String newRelicAccountId() {
                return "";
            }

            @Override
            public String newRelicUri() {
                return "https://insights-collector.newrelic.com";
            }

            @Override
            public int stepSeconds() {
                return 60;
            }
        };
    }
}
