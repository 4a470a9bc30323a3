package com.doganhub.itests;

import static com.doganhub.itests.Itest.waitFor;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.mavenBundle;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFileExtend;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Hashtable;
import java.util.Map;

import javax.inject.Inject;

import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.MethodSorters;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import org.osgi.service.cm.ConfigurationAdmin;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The production-readiness report of a fresh embedded-default install (compared with the golden file
 * {@code itests/src/test/resources/golden/integrations-fresh-install.md}), then statuses moving as the configuration
 * changes at runtime, with secrets masked everywhere.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class IntegrationsIT {

    static final String PASSWORD = "Integrations-Bootstrap-2026";
    static final int SMTP_PORT = 3627;
    static final String PLACEHOLDER_KEY = "sk_live_YOUR_PRODUCTION_KEY_HERE";
    static final String REAL_KEY = "sk_live_51QxDoganHubItestKey0123456789abcd";
    static final String REVOKED_KEY = "sk_live_51QxDoganHubRevokedKey012345678wxyz";
    static final int STRIPE_PORT = 3629;
    /** Stripe's account endpoint for the whole class: the live check runs whenever a test asks for checks. */
    private static StripeAccountStub stripe;

    @Inject
    private BundleContext context;

    @Inject
    private ConfigurationAdmin configurationAdmin;

    @Inject
    private SessionFactory sessions;

    private final Http http = new Http(Itest.HTTP_PORT);

    @Configuration
    public Option[] configuration() {
        return Itest.embedded(
                mavenBundle("com.icegreen", "greenmail", System.getProperty("greenmail.version")),
                editConfigurationFileExtend("etc/config.properties", "org.osgi.framework.system.packages.extra",
                        "com.sun.net.httpserver"),
                editConfigurationFilePut("etc/com.doganhub.identity.cfg", "bootstrap.password", PASSWORD));
    }

    private static synchronized void stripe() throws Exception {
        if (stripe == null) {
            stripe = new StripeAccountStub(STRIPE_PORT, REAL_KEY);
        }
    }

    @Test
    public void t1_aFreshInstallReportsItselfAsTheGoldenFileSays() throws Exception {
        stripe();
        Http operator = operator();
        Http.Answer answer = operator.postJson("/api/v1/admin/integrations/check?format=markdown", "");
        assertEquals(answer.toString(), 200, answer.status());
        assertTrue(answer.header("Content-Type"), answer.header("Content-Type").startsWith("text/markdown"));
        String actual = normalised(answer.body());
        Path written = Path.of(System.getProperty("karaf.home"), "..", "integrations-fresh-install.md");
        Files.writeString(written, actual);
        String golden = new String(IntegrationsIT.class.getResourceAsStream("/golden/integrations-fresh-install.md")
                .readAllBytes(), StandardCharsets.UTF_8);
        assertEquals("the report differs from the golden file; the actual one is in " + written.normalize(), golden,
                actual);

        JsonNode json = operator.get("/api/v1/admin/integrations").json();
        assertEquals("development", json.get("environment").asText());
        assertEquals("MISSING", entry(json, "stripe-secret-key").get("status").asText());
        assertEquals("CONFIGURED", entry(json, "local-storage").get("status").asText());
        Itest.assertProblem(operator.get("/api/v1/admin/integrations?format=pdf"), 422, "validation-failed");

        Http owner = login("demo", "owner@demo.local");
        Itest.assertProblem(owner.get("/api/v1/admin/integrations"), 403, "forbidden");
    }

    @Test
    public void t2_statusesFollowTheConfigurationAndSecretsNeverShow() throws Exception {
        stripe();
        Http operator = operator();
        configure("com.doganhub.payments.stripe", Map.of("secretKey", PLACEHOLDER_KEY));
        waitFor("a placeholder Stripe key", () -> "PLACEHOLDER".equals(status(operator, "stripe-secret-key")), 30);
        JsonNode placeholder = entry(operator.get("/api/v1/admin/integrations").json(), "stripe-secret-key");
        assertEquals("STRIPE_SECRET_KEY=sk_l…HERE", placeholder.get("maskedValue").asText());

        configure("com.doganhub.payments.stripe", Map.of("secretKey", REAL_KEY,
                "apiBase", "http://127.0.0.1:" + STRIPE_PORT));
        waitFor("a configured Stripe key", () -> "CONFIGURED".equals(status(operator, "stripe-secret-key")), 30);
        // The live check retrieves the account: a key Stripe refuses is FAILING, the real one CONFIGURED.
        Itest.waitFor("Stripe's account check", () -> "CONFIGURED".equals(checkedStatus(operator, "stripe-secret-key")),
                30, () -> entry(operator.get("/api/v1/admin/integrations").json(), "stripe-secret-key") + " in "
                        + Collections.list(configurationAdmin.getConfiguration("com.doganhub.payments.stripe", "?")
                                .getProperties().keys()));
        configure("com.doganhub.payments.stripe", Map.of("secretKey", REVOKED_KEY));
        waitFor("a revoked Stripe key failing", () -> "FAILING".equals(checkedStatus(operator, "stripe-secret-key")), 30);
        assertTrue(operator.get("/api/v1/admin/integrations").body().contains("Stripe answered HTTP 401"));
        configure("com.doganhub.payments.stripe", Map.of("secretKey", REAL_KEY));
        waitFor("the real key again", () -> "CONFIGURED".equals(checkedStatus(operator, "stripe-secret-key")), 30);

        GreenMail greenMail = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        try {
            configure("com.doganhub.email.smtp", Map.of("host", "127.0.0.1", "port", String.valueOf(SMTP_PORT),
                    "security", "none", "timeoutSeconds", "3"));
            waitFor("SMTP configured and answering", () -> "CONFIGURED".equals(checkedStatus(operator, "smtp")), 60);
            greenMail.stop();
            waitFor("SMTP failing while GreenMail is down", () -> "FAILING".equals(checkedStatus(operator, "smtp")), 60);
            greenMail = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            greenMail.start();
            waitFor("SMTP configured again", () -> "CONFIGURED".equals(checkedStatus(operator, "smtp")), 60);
        } finally {
            greenMail.stop();
        }

        String json = operator.get("/api/v1/admin/integrations").body();
        String markdown = operator.get("/api/v1/admin/integrations?format=markdown").body();
        String shell = Itest.shell(sessions, "doganhub:integrations --no-color");
        String shellMarkdown = Itest.shell(sessions, "doganhub:integrations --markdown");
        String log = Files.readString(Path.of(System.getProperty("karaf.data"), "log", "karaf.log"));
        for (String where : new String[] { json, markdown, shell, shellMarkdown, log }) {
            assertFalse(where.length() > 300 ? where.substring(0, 300) : where, where.contains(PLACEHOLDER_KEY)
                    || where.contains(REAL_KEY) || where.contains(REVOKED_KEY) || where.contains("YOUR_PRODUCTION"));
        }
        assertTrue(markdown, markdown.contains("STRIPE_SECRET_KEY=sk_l…abcd"));
        assertTrue(shell, shell.contains("Stripe secret key") && shell.contains("CONFIGURED"));
        assertTrue(markdown, markdown.contains("- Billing: Checkout and customer portal — needs Stripe publishable key (MISSING)"));
    }

    @Test
    public void t3_readinessMetricsAndThePublicConfigFollowTheIntegrations() throws Exception {
        stripe();
        Http operator = operator();
        assertEquals("{}", http.get("/api/v1/public/config").body());
        configure("com.doganhub.payments.stripe", Map.of("publishableKey", "pk_live_51QxDoganHubItestPublishable"));
        waitFor("the publishable key in the public config", () -> http.get("/api/v1/public/config").body()
                .equals("{\"stripePublishableKey\":\"pk_live_51QxDoganHubItestPublishable\"}"), 30);

        configure("com.doganhub.integration.status", Map.of("required", "stripe-secret-key,stripe-webhook-secret"));
        waitFor("readiness to require the Stripe webhook secret", () -> {
            Http.Answer ready = http.get("/health/ready");
            return ready.status() == 503 && ready.body().contains("stripe-webhook-secret MISSING");
        }, 30);
        configure("com.doganhub.payments.stripe", Map.of("webhookSecret", "whsec_DoganHubItestWebhookSecret0123456789"));
        Itest.waitFor("readiness once both are set", () -> http.get("/health/ready").status() == 200, 30,
                () -> http.get("/health/ready").body());
        configure("com.doganhub.integration.status", Map.of("required", ""));

        String metrics = http.get("/metrics").body();
        assertTrue(metrics, metrics.lines().anyMatch(line -> line.startsWith("doganhub_integration_status{")
                && line.contains("integration=\"stripe-secret-key\"") && line.contains("status=\"CONFIGURED\"")
                && line.endsWith(" 1.0") || line.startsWith("doganhub_integration_status{")
                && line.contains("integration=\"stripe-secret-key\"") && line.contains("status=\"CONFIGURED\"")
                && line.endsWith(" 1")));
        assertTrue(metrics, metrics.contains("doganhub_integration_configured_ratio{"));
        assertFalse(metrics.contains(REAL_KEY) || metrics.contains(PLACEHOLDER_KEY) || metrics.contains("YOUR_PRODUCTION")
                || metrics.contains("whsec_DoganHub"));
        JsonNode report = operator.get("/api/v1/admin/integrations").json();
        assertEquals("CONFIGURED", entry(report, "stripe-webhook-secret").get("status").asText());
        assertFalse(report.toString().contains("whsec_DoganHubItestWebhookSecret"));
    }

    @Test
    public void t4_anUnhandledErrorReachesSentryWithItsIdsAndNothingSecret() throws Exception {
        int port = 3628;
        try (SentryStub sentry = new SentryStub(port)) {
            configure("com.doganhub.errors.sentry", Map.of("dsn",
                    "http://0123456789abcdef0123456789abcdef@127.0.0.1:" + port + "/4242"));
            Hashtable<String, Object> properties = new Hashtable<>();
            properties.put("osgi.jaxrs.resource", true);
            properties.put("osgi.jaxrs.application.select", com.doganhub.platform.api.JaxrsApplications.SELECT);
            var registration = context.registerService(Object.class, new FailingResource(), properties);
            try {
                Http owner = login("demo", "owner@demo.local");
                Http.Answer[] failed = new Http.Answer[1];
                waitFor("the failing resource to answer 500", () -> {
                    failed[0] = owner.get("/api/v1/itest-failure");
                    return failed[0].status() == 500;
                }, 30);
                JsonNode problem = failed[0].json();
                assertEquals("internal-error", problem.get("code").asText());
                assertFalse(failed[0].body(), failed[0].body().contains("sk_live_") || failed[0].body().contains("at com."));
                String errorId = problem.get("errorId").asText();
                String requestId = problem.get("requestId").asText();
                waitFor("the error in Sentry", () -> sentry.envelopes().stream()
                        .anyMatch(e -> e.body().contains(errorId)), 30);
                SentryStub.Envelope envelope = sentry.envelopes().stream().filter(e -> e.body().contains(errorId))
                        .findFirst().orElseThrow();
                assertTrue(envelope.auth(), envelope.auth().contains("sentry_key=0123456789abcdef0123456789abcdef"));
                String body = envelope.body();
                assertTrue(body, body.contains("\"request_id\":\"" + requestId + "\"")
                        && body.contains("\"tenant_id\":\"") && body.contains("\"release\":\"doganhub@")
                        && body.contains("itest-failure") && body.contains("IllegalStateException"));
                assertFalse(envelope.body(), envelope.body().contains("sk_live_51QxItestLeak")
                        || envelope.body().contains("owner@demo.local"));
            } finally {
                registration.unregister();
                configure("com.doganhub.errors.sentry", Map.of("dsn", ""));
            }
        }
    }

    /** A resource with a bug, as a module might ship one: its failure message even carries a secret. */
    @javax.ws.rs.Path("/api/v1/itest-failure")
    public static class FailingResource {
        @javax.ws.rs.GET
        public String fail() {
            throw new IllegalStateException("charge failed for apiKey=sk_live_51QxItestLeak0123456789");
        }
    }

    /** Timestamps and this run's folders vary; everything else must be exactly as committed. */
    private static String normalised(String markdown) {
        String home = Path.of(System.getProperty("karaf.home")).toAbsolutePath().normalize().toString();
        return markdown.replace(home, "<karaf.home>")
                .replaceAll("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z", "<time>");
    }

    private static JsonNode entry(JsonNode report, String id) {
        for (JsonNode entry : report.get("integrations")) {
            if (id.equals(entry.get("id").asText())) {
                return entry;
            }
        }
        throw new AssertionError("no integration " + id + " in " + report);
    }

    private static String status(Http operator, String id) throws Exception {
        Http.Answer answer = operator.get("/api/v1/admin/integrations");
        return answer.status() == 200 ? entry(answer.json(), id).get("status").asText() : "HTTP " + answer.status();
    }

    private static String checkedStatus(Http operator, String id) throws Exception {
        Http.Answer answer = operator.postJson("/api/v1/admin/integrations/check", "");
        return answer.status() == 200 ? entry(answer.json(), id).get("status").asText() : "HTTP " + answer.status();
    }

    private void configure(String pid, Map<String, String> values) throws Exception {
        org.osgi.service.cm.Configuration configuration = configurationAdmin.getConfiguration(pid, "?");
        Hashtable<String, Object> properties = new Hashtable<>();
        if (configuration.getProperties() != null) {
            Collections.list(configuration.getProperties().keys())
                    .forEach(key -> properties.put(key, configuration.getProperties().get(key)));
        }
        properties.putAll(values);
        configuration.update(properties);
    }

    private Http login(String tenant, String email) throws Exception {
        return http.withHeader("Authorization", "Bearer "
                + Itest.login(context, http, tenant, email, PASSWORD).get("accessToken").asText());
    }

    private Http operator() throws Exception {
        return login("platform", "operator@doganhub.local");
    }
}
