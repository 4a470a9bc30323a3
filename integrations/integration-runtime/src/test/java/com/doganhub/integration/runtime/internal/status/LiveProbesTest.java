package com.doganhub.integration.runtime.internal.status;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.doganhub.integration.runtime.internal.status.IntegrationEvaluator.Live;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

/** The probes' exact requests against WireMock, and Redis PING against the machine's real Redis. */
class LiveProbesTest {

    private WireMockServer wire;
    private final LiveProbes probes = new LiveProbes(Duration.ofSeconds(3));

    @BeforeEach
    void start() {
        wire = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
        wire.start();
    }

    @AfterEach
    void stop() {
        wire.stop();
    }

    @Test
    void openAiListsModelsWithTheKeyAsBearerAndARefusedKeyIsFailing() {
        wire.stubFor(get("/v1/models").withHeader("Authorization", equalTo("Bearer sk-proj-good-key-1234567890"))
                .willReturn(aResponse().withStatus(200).withBody("{\"object\":\"list\",\"data\":[]}")));
        wire.stubFor(get("/v1/models").withHeader("Authorization", equalTo("Bearer sk-proj-bad-key-1234567890"))
                .willReturn(aResponse().withStatus(401).withBody("{\"error\":{\"code\":\"invalid_api_key\"}}")));

        assertThat(probes.openAi(wire.baseUrl(), "sk-proj-good-key-1234567890").outcome()).isEqualTo(Live.Outcome.UP);
        Live refused = probes.openAi(wire.baseUrl() + "/", "sk-proj-bad-key-1234567890");
        assertThat(refused.outcome()).isEqualTo(Live.Outcome.DOWN);
        assertThat(refused.detail()).contains("HTTP 401").contains("refused").doesNotContain("sk-proj");
        wire.verify(2, getRequestedFor(urlEqualTo("/v1/models")).withHeader("Accept", equalTo("application/json")));
    }

    @Test
    void anthropicListsModelsWithItsKeyAndVersionHeaders() {
        wire.stubFor(get("/v1/models").withHeader("x-api-key", equalTo("sk-ant-api03-key-1234567890"))
                .withHeader("anthropic-version", equalTo("2023-06-01"))
                .willReturn(aResponse().withStatus(200).withBody("{\"data\":[],\"has_more\":false}")));

        assertThat(probes.anthropic(wire.baseUrl(), "sk-ant-api03-key-1234567890").outcome()).isEqualTo(Live.Outcome.UP);
        wire.verify(getRequestedFor(urlEqualTo("/v1/models")).withoutHeader("Authorization"));
    }

    @Test
    void ollamaListsItsLocalModelsAndAnUnreachableOneIsFailing() {
        wire.stubFor(get("/api/tags").willReturn(aResponse().withStatus(200).withBody("{\"models\":[]}")));

        assertThat(probes.ollama(wire.baseUrl()).outcome()).isEqualTo(Live.Outcome.UP);
        Live down = probes.ollama("http://127.0.0.1:9");
        assertThat(down.outcome()).isEqualTo(Live.Outcome.DOWN);
        assertThat(down.detail()).contains("cannot reach Ollama");
    }

    @Test
    void stripeRetrievesTheAccountWithTheSecretKeyAsBearer() {
        wire.stubFor(get("/v1/account").withHeader("Authorization", equalTo("Bearer sk_test_51DoganHubProbeKey0123"))
                .willReturn(aResponse().withStatus(200).withBody("{\"id\":\"acct_1\",\"object\":\"account\"}")));
        wire.stubFor(get("/v1/account").withHeader("Authorization", equalTo("Bearer sk_test_51RevokedKey0123456789"))
                .willReturn(aResponse().withStatus(401).withBody("{\"error\":{\"type\":\"invalid_request_error\"}}")));

        assertThat(probes.stripe(wire.baseUrl(), "sk_test_51DoganHubProbeKey0123").outcome()).isEqualTo(Live.Outcome.UP);
        Live revoked = probes.stripe(wire.baseUrl(), "sk_test_51RevokedKey0123456789");
        assertThat(revoked.outcome()).isEqualTo(Live.Outcome.DOWN);
        assertThat(revoked.detail()).contains("HTTP 401").doesNotContain("sk_test");
        wire.verify(2, getRequestedFor(urlEqualTo("/v1/account")).withHeader("Accept", equalTo("application/json")));
    }

    @Test
    void anOpenIdProviderIsCheckedThroughItsDiscoveryDocument() {
        wire.stubFor(get("/tenant-1/v2.0/.well-known/openid-configuration").willReturn(aResponse().withStatus(200)
                .withBody("{\"issuer\":\"x\",\"authorization_endpoint\":\"https://login/authorize\"}")));

        assertThat(probes.oidcDiscovery(wire.baseUrl() + "/tenant-1/v2.0", "Azure AD").outcome()).isEqualTo(Live.Outcome.UP);
        Live missing = probes.oidcDiscovery(wire.baseUrl() + "/other-tenant/v2.0/", "Azure AD");
        assertThat(missing.outcome()).isEqualTo(Live.Outcome.DOWN);
        assertThat(missing.detail()).contains("HTTP 404");
    }

    @Test
    void redisAnswersPingAndAWrongPasswordOrPortIsFailing() {
        assertThat(probes.redis("redis://127.0.0.1:6379").outcome()).isEqualTo(Live.Outcome.UP);
        Live noServer = probes.redis("redis://127.0.0.1:9");
        assertThat(noServer.outcome()).isEqualTo(Live.Outcome.DOWN);
        // The machine's Redis has no password: AUTH is refused with an error, never a crash or the password echoed.
        Live refused = probes.redis("redis://:not-the-password@127.0.0.1:6379");
        assertThat(refused.outcome()).isEqualTo(Live.Outcome.DOWN);
        assertThat(refused.detail()).doesNotContain("not-the-password");
    }
}
