package com.doganhub.integration.runtime.internal.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import com.doganhub.integration.api.IntegrationReport;
import com.doganhub.integration.api.IntegrationStatus;
import com.doganhub.integration.runtime.internal.status.IntegrationDefinition.Setting;
import com.doganhub.integration.runtime.internal.status.IntegrationEvaluator.Live;

class IntegrationEvaluatorTest {

    private static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");

    private final IntegrationEvaluator development = new IntegrationEvaluator(false);
    private final IntegrationEvaluator production = new IntegrationEvaluator(true);

    private static IntegrationDefinition definition(String id) {
        return IntegrationCatalogue.all().stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow();
    }

    private static Function<Setting, String> env(Map<String, String> values) {
        return setting -> values.get(setting.env() != null ? setting.env() : setting.key());
    }

    @Test
    void aStripeKeyMovesFromMissingToPlaceholderToConfiguredAndNeverShowsWhole() {
        Map<String, String> values = new HashMap<>();
        IntegrationDefinition stripe = definition("stripe-secret-key");

        assertThat(development.evaluate(stripe, env(values), Live.NONE, NOW).status()).isEqualTo(IntegrationStatus.MISSING);

        values.put("STRIPE_SECRET_KEY", "sk_live_YOUR_PRODUCTION_KEY_HERE");
        IntegrationReport placeholder = development.evaluate(stripe, env(values), Live.NONE, NOW);
        assertThat(placeholder.status()).isEqualTo(IntegrationStatus.PLACEHOLDER);
        assertThat(placeholder.maskedValue()).isEqualTo("STRIPE_SECRET_KEY=sk_l…HERE")
                .doesNotContain("YOUR_PRODUCTION");

        values.put("STRIPE_SECRET_KEY", "sk_live_51HqLyjWDarjtT1zdp7dcXYZ1234");
        IntegrationReport configured = development.evaluate(stripe, env(values), Live.NONE, NOW);
        assertThat(configured.status()).isEqualTo(IntegrationStatus.CONFIGURED);
        assertThat(configured.maskedValue()).isEqualTo("STRIPE_SECRET_KEY=sk_l…1234");

        values.put("STRIPE_SECRET_KEY", "pk_live_51HqLyjWDarjtT1zdp7dcXYZ1234");
        assertThat(development.evaluate(stripe, env(values), Live.NONE, NOW).detail()).contains("start with sk_");

        values.put("STRIPE_SECRET_KEY", "sk_test_51HqLyjWDarjtT1zdp7dcXYZ1234");
        assertThat(development.evaluate(stripe, env(values), Live.NONE, NOW).status()).isEqualTo(IntegrationStatus.CONFIGURED);
        assertThat(production.evaluate(stripe, env(values), Live.NONE, NOW).status()).isEqualTo(IntegrationStatus.INSECURE);
    }

    @Test
    void productionRulesCatchShortSecretsLocalhostAndRedisWithoutTlsOrPassword() {
        IntegrationReport shortJwt = development.evaluate(definition("auth-secrets"),
                env(Map.of("JWT_SECRET", "too-short-secret")), Live.NONE, NOW);
        assertThat(shortJwt.status()).isEqualTo(IntegrationStatus.INSECURE);
        assertThat(shortJwt.detail()).contains("shorter than 32 bytes");
        assertThat(shortJwt.maskedValue()).doesNotContain("too-short-secret");

        Map<String, String> urls = Map.of("public.url", "http://localhost:8181", "publicUrl", "http://localhost:8181");
        assertThat(development.evaluate(definition("app-url"), env(urls), Live.NONE, NOW).status())
                .isEqualTo(IntegrationStatus.CONFIGURED);
        assertThat(production.evaluate(definition("app-url"), env(urls), Live.NONE, NOW).detail()).contains("localhost");

        Live pong = new Live(Live.Outcome.UP, "PING answered PONG");
        assertThat(production.evaluate(definition("redis"), env(Map.of("REDIS_URL", "redis://:s3cret-pass@cache.internal:6379")),
                pong, NOW).detail()).contains("TLS");
        assertThat(production.evaluate(definition("redis"), env(Map.of("REDIS_URL", "rediss://cache.internal:6380")),
                pong, NOW).detail()).contains("password");
        IntegrationReport safe = production.evaluate(definition("redis"),
                env(Map.of("REDIS_URL", "rediss://:s3cret-pass@cache.internal:6380")), pong, NOW);
        assertThat(safe.status()).isEqualTo(IntegrationStatus.CONFIGURED);
        assertThat(safe.maskedValue()).doesNotContain("s3cret-pass");

        assertThat(production.evaluate(definition("database"), env(Map.of()), new Live(Live.Outcome.UP, "ok"), NOW).status())
                .isEqualTo(IntegrationStatus.INSECURE);
        assertThat(development.evaluate(definition("database"), env(Map.of()), new Live(Live.Outcome.UP, "ok"), NOW).status())
                .isEqualTo(IntegrationStatus.CONFIGURED);
    }

    @Test
    void aLiveFailureWinsOverConfiguredAndItsDetailIsScrubbed() {
        Map<String, String> smtp = Map.of("SMTP_HOST", "smtp.example.sa", "SMTP_PASSWORD", "hunter2-is-long-enough");
        IntegrationReport failing = development.evaluate(definition("smtp"), env(smtp),
                new Live(Live.Outcome.DOWN, "connect refused: password=hunter2-is-long-enough"), NOW);
        assertThat(failing.status()).isEqualTo(IntegrationStatus.FAILING);
        assertThat(failing.detail()).doesNotContain("hunter2");
        assertThat(failing.maskedValue()).contains("SMTP_HOST=smtp.example.sa").doesNotContain("hunter2");

        assertThat(development.evaluate(definition("smtp"), env(Map.of()), Live.NONE, NOW).status())
                .isEqualTo(IntegrationStatus.MISSING);
        assertThat(development.evaluate(definition("local-storage"), env(Map.of()),
                new Live(Live.Outcome.UP, "writes to data/storage"), NOW).status()).isEqualTo(IntegrationStatus.CONFIGURED);
        assertThat(development.evaluate(definition("s3"), env(Map.of("AWS_S3_BUCKET", "b", "AWS_ACCESS_KEY_ID", "AKIA1234",
                "AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")),
                new Live(Live.Outcome.NOT_CONFIGURED, "the s3 storage provider is not installed"), NOW).status())
                .isEqualTo(IntegrationStatus.MISSING);
    }

    @Test
    void everyCatalogueEntryHasItsFixAndImpactAndUniqueId() {
        var all = IntegrationCatalogue.all();
        assertThat(all).extracting(IntegrationDefinition::id).doesNotHaveDuplicates();
        assertThat(all).allSatisfy(d -> {
            assertThat(d.fix()).isNotBlank();
            assertThat(d.impact()).isNotBlank();
            assertThat(d.usedBy()).isNotEmpty();
        });
        assertThat(all).hasSizeGreaterThanOrEqualTo(27);
    }
}
