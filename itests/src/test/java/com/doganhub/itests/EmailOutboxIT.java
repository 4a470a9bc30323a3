package com.doganhub.itests;

import static com.doganhub.itests.Itest.waitFor;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.mavenBundle;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFileExtend;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import javax.inject.Inject;
import javax.sql.DataSource;
import javax.transaction.TransactionManager;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

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
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

import com.doganhub.integration.api.email.EmailAddress;
import com.doganhub.integration.api.email.EmailGateway;
import com.doganhub.integration.api.email.EmailMessage;
import com.doganhub.platform.api.TenantContext;
import com.doganhub.platform.api.TenantScope;
import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The transactional outbox end to end, in one boot: a real SMTP server (GreenMail, with authentication) and SendGrid
 * at the HTTP wire run inside the container; messages are queued through {@link EmailGateway} in JTA transactions,
 * the chain is switched and the SMTP server stopped while they flow, the dispatcher bundle is stopped mid-batch,
 * and every message must arrive exactly once.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class EmailOutboxIT {

    static final String PASSWORD = "Outbox-Bootstrap-2026";
    static final int SMTP_PORT = 3925;
    static final int SENDGRID_PORT = 18_091;
    static final String SENDGRID_KEY = "SG.itest-key-0123456789abcdefghijklmnop";

    private static GreenMail greenMail;
    private static SendGridStub sendGrid;
    /** Stores of GreenMail runs that were stopped: a stopped GreenMail starts again with an empty store. */
    private static final List<Managers> stoppedStores = new ArrayList<>();

    @Inject
    private BundleContext context;

    @Inject
    private SessionFactory shell;

    @Inject
    private EmailGateway email;

    @Inject
    private TenantScope tenantScope;

    @Inject
    private TransactionManager transaction;

    private final Http http = new Http(Itest.HTTP_PORT);

    @Configuration
    public Option[] configuration() {
        return Itest.distribution(TestPostgres.createDatabase("doganhub_outbox_it"),
                mavenBundle("com.icegreen", "greenmail", System.getProperty("greenmail.version")),
                editConfigurationFileExtend("etc/config.properties", "org.osgi.framework.system.packages.extra",
                        "com.sun.net.httpserver"),
                editConfigurationFilePut("etc/com.doganhub.identity.cfg", "bootstrap.password", PASSWORD),
                editConfigurationFilePut("etc/com.doganhub.email.smtp.cfg", "host", "127.0.0.1"),
                editConfigurationFilePut("etc/com.doganhub.email.smtp.cfg", "port", String.valueOf(SMTP_PORT)),
                editConfigurationFilePut("etc/com.doganhub.email.smtp.cfg", "security", "none"),
                editConfigurationFilePut("etc/com.doganhub.email.smtp.cfg", "username", "mailer"),
                editConfigurationFilePut("etc/com.doganhub.email.smtp.cfg", "password", "S3cret-Pass"),
                editConfigurationFilePut("etc/com.doganhub.email.smtp.cfg", "timeoutSeconds", "5"),
                editConfigurationFilePut("etc/com.doganhub.email.sendgrid.cfg", "apiKey", SENDGRID_KEY),
                editConfigurationFilePut("etc/com.doganhub.email.sendgrid.cfg", "baseUrl",
                        "http://127.0.0.1:" + SENDGRID_PORT),
                editConfigurationFilePut("etc/com.doganhub.email.sendgrid.cfg", "timeoutSeconds", "5"),
                editConfigurationFilePut("etc/com.doganhub.integration.outbox.cfg", "pollMillis", "100"),
                editConfigurationFilePut("etc/com.doganhub.integration.outbox.cfg", "retryBaseSeconds", "1"),
                editConfigurationFilePut("etc/com.doganhub.integration.outbox.cfg", "retryMaxSeconds", "3"));
    }

    /**
     * The peers run inside the container, where the test methods run, and live as long as it does (static state of
     * the probe bundle); {@code @BeforeClass} would run them in the driver JVM instead.
     */
    private static synchronized void peers() throws Exception {
        if (greenMail != null) {
            return;
        }
        greenMail = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withUser("mailer@doganhub.test", "mailer", "S3cret-Pass"));
        greenMail.start();
        sendGrid = new SendGridStub(SENDGRID_PORT);
    }

    @Test
    public void t1_everyEmailProviderIsInstalledAndCheckedWithoutSendingAnything() throws Exception {
        Http operator = operator();
        // The peers started after the providers' first checks: check again now rather than in a minute.
        assertEquals(200, operator.postJson("/api/v1/admin/providers/email/check", "{}").status());
        waitFor("the checks of smtp and sendgrid", () -> "UP".equals(check(operator, "smtp"))
                && "UP".equals(check(operator, "sendgrid")), 90);
        JsonNode mailgun = provider(operator, "mailgun");
        assertFalse("mailgun has no key here", mailgun.get("configured").asBoolean());
        assertEquals("NOT_CONFIGURED", mailgun.path("lastCheck").path("outcome").asText());
        assertTrue(provider(operator, "sendgrid").toString(), provider(operator, "sendgrid").path("lastCheck")
                .path("detail").asText().contains("SG.i…mnop"));
        assertFalse("the key never shows", operator.get("/api/v1/admin/providers/email").body().contains(SENDGRID_KEY));
        assertEquals("a check sends nothing", 0, greenMail.getReceivedMessages().length);
        assertEquals(16, operator.get("/api/v1/admin/notifications/templates").json().size());
        JsonNode preview = operator.get("/api/v1/admin/notifications/templates/invoice-notification/preview?locale=ar").json();
        assertTrue(preview.get("html").asText().contains("dir=\"rtl\""));
        String shown = Itest.shell(shell, "doganhub:notification-preview --locale ar license-renewal-urgent");
        assertTrue(shown, shown.contains("Subject: عاجل"));
        assertTrue(sendGrid.accepted().isEmpty());
    }

    @Test
    public void t2_aMessageOfARolledBackTransactionIsNeverSent() throws Exception {
        chain(operator(), "smtp");
        transaction.begin();
        queue(EmailAddress.of("rolled-back@example.sa"), "never", "rolled back");
        transaction.rollback();
        transaction.begin();
        queue(EmailAddress.of("committed@example.sa"), "commit", "committed");
        transaction.commit();

        waitFor("the committed message", () -> smtpMessageIds("commit").size() == 1, 30);
        Thread.sleep(1_000);
        assertTrue(smtpMessageIds("never").isEmpty());
        JsonNode rows = operator().get("/api/v1/admin/outbox?limit=100").json().get("items");
        assertFalse(rows.toString(), rows.toString().contains("rolled-back@example.sa"));
        assertEquals("SENT", rows.get(0).get("status").asText());
        assertEquals("smtp", rows.get(0).get("provider").asText());
    }

    @Test
    public void t3_badInputIsRefusedBeforeAnythingIsQueued() throws Exception {
        Http operator = operator();
        Http.Answer invalid = operator.withHeader("Accept-Language", "ar")
                .postJson("/api/v1/admin/providers/email/test", "{\"to\":\"not-an-address\"}");
        Itest.assertProblem(invalid, 422, "validation-failed");
        JsonNode error = invalid.json().get("errors").get(0);
        assertEquals("to", error.get("field").asText());
        assertEquals("email.recipient", error.get("code").asText());
        assertTrue(error.toString(), error.get("message").asText().contains("ليس عنوان بريد"));

        Http.Answer injected = operator.postJson("/api/v1/admin/providers/email/test",
                "{\"to\":\"ops@example.sa\",\"subject\":\"Hello\\r\\nBcc: victim@example.sa\"}");
        Itest.assertProblem(injected, 422, "validation-failed");
        assertEquals("subject", injected.json().get("errors").get(0).get("field").asText());
        assertEquals("email.single-line", injected.json().get("errors").get(0).get("code").asText());

        Http owner = as(login("demo", "owner@demo.local").get("accessToken").asText());
        Itest.assertProblem(owner.postJson("/api/v1/admin/providers/email/test", "{\"to\":\"ops@example.sa\"}"), 403,
                "forbidden");

        Http.Answer accepted = operator.postJson("/api/v1/admin/providers/email/test",
                "{\"to\":\"ops@example.sa\",\"subject\":\"اختبار البريد\"}");
        assertEquals(accepted.toString(), 202, accepted.status());
        String id = accepted.json().get("outboxId").asText();
        waitFor("the test message sent", () -> "SENT".equals(operator.get("/api/v1/admin/outbox/" + id).json()
                .get("status").asText()), 30);
        assertEquals("اختبار البريد", receivedBySmtp(accepted.json().get("messageId").asText()).getSubject());
    }

    @Test
    public void t4_aThousandMessagesArriveExactlyOnceAcrossAChainSwitchAndAnSmtpOutage() throws Exception {
        Http operator = operator();
        chain(operator, "smtp");
        long unconfirmedBefore = metric("doganhub_outbox_unconfirmed_total");
        for (int batch = 0; batch < 20; batch++) {
            transaction.begin();
            for (int i = 0; i < 50; i++) {
                queue(EmailAddress.of("customer-" + (batch * 50 + i) + "@example.sa"), "bulk", "bulk message");
            }
            transaction.commit();
        }

        // SMTP goes away for 10 s; halfway through the outage the chain moves to SendGrid.
        waitFor("a quarter through SMTP", () -> smtpMessageIds("bulk").size() >= 250, 120);
        stoppedStores.add(greenMail.getManagers());
        greenMail.stop();
        Thread.sleep(5_000);
        chain(operator, "sendgrid");
        Thread.sleep(5_000);
        greenMail.start();

        waitFor("every message sent", () -> {
            JsonNode stats = operator.get("/api/v1/admin/outbox/stats").json();
            return stats.get("queued").asLong() == 0 && stats.get("sending").asLong() == 0;
        }, 240);
        List<String> bySmtp = smtpMessageIds("bulk");
        List<String> bySendGrid = sendGrid.messageIds("bulk");
        Set<String> distinct = new HashSet<>(bySmtp);
        distinct.addAll(bySendGrid);
        // A copy twice is allowed only where the platform could not know: GreenMail stopped after storing a message
        // and before answering it. The outbox counts those hand-overs ("unconfirmed") and never fails them over at once.
        long unconfirmed = metric("doganhub_outbox_unconfirmed_total") - unconfirmedBefore;
        int copies = bySmtp.size() + bySendGrid.size();
        assertEquals("none lost: " + bySmtp.size() + " by SMTP + " + bySendGrid.size() + " by SendGrid", 1000, distinct.size());
        assertTrue("none twice of the platform's doing: " + copies + " copies, " + unconfirmed + " unconfirmed hand-overs",
                copies - 1000 <= unconfirmed);
        assertTrue("both peers took part", bySmtp.size() >= 250 && !bySendGrid.isEmpty());
        assertEquals(0, operator.get("/api/v1/admin/outbox/stats").json().get("dead").asLong());
        assertTrue(sendGrid.accepted().stream().allMatch(message -> ("Bearer " + SENDGRID_KEY).equals(message.authorization())));

        // Every hand-over was timed by provider and outcome (Micrometer histogram at /metrics).
        String metrics = http.get("/metrics").body();
        for (String provider : new String[] { "smtp", "sendgrid" }) {
            assertTrue(metrics, metrics.lines().anyMatch(line -> line.startsWith("doganhub_provider_calls_seconds_count{")
                    && line.contains("capability=\"email\"") && line.contains("provider=\"" + provider + "\"")
                    && line.contains("outcome=\"sent\"")));
        }
        assertFalse(metrics.contains(SENDGRID_KEY));
    }

    @Test
    public void t5_stoppingTheDispatcherMidBatchLosesNothing() throws Exception {
        chain(operator(), "sendgrid");
        transaction.begin();
        for (int i = 0; i < 1000; i++) {
            queue(EmailAddress.of("stop-" + i + "@example.sa"), "stop", "dispatcher stopped");
        }
        transaction.commit();
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (sendGrid.messageIds("stop").size() < 30 && System.nanoTime() < deadline) {
            Thread.sleep(5); // the stub takes hundreds of messages a second: stop as soon as sending has begun
        }
        Bundle outbox = bundle("doganhub-outbox");
        int atStop;
        try {
            outbox.stop();
            atStop = sendGrid.messageIds("stop").size();
            Thread.sleep(2_000);
            assertEquals("nothing is sent while the dispatcher is stopped", atStop, sendGrid.messageIds("stop").size());
        } finally {
            outbox.start();
        }
        assertTrue("the stop came mid-batch: " + atStop + " of 1000 sent", atStop >= 30 && atStop < 1000);

        waitFor("all 1000 after the restart", () -> sendGrid.messageIds("stop").size() >= 1000, 120);
        Thread.sleep(1_000);
        List<String> ids = sendGrid.messageIds("stop");
        assertEquals(1000, ids.size());
        assertEquals(1000, new HashSet<>(ids).size());
    }

    @Test
    public void t6_refusalsAreDeadLetteredOutagesFailOverAndTheOperatorSeesBoth() throws Exception {
        Http operator = operator();
        chain(operator, "sendgrid");
        String bounced = operator.postJson("/api/v1/admin/providers/email/test", "{\"to\":\"bounce@example.sa\"}").json()
                .get("outboxId").asText();
        waitFor("the dead letter", () -> "DEAD".equals(operator.get("/api/v1/admin/outbox/" + bounced).json()
                .get("status").asText()), 30);
        JsonNode dead = operator.get("/api/v1/admin/outbox/" + bounced).json();
        assertTrue(dead.toString(), dead.get("lastError").asText().contains("HTTP 400"));
        assertEquals("a refusal is not retried", 1, dead.get("attempts").asInt());
        String listed = Itest.shell(shell, "doganhub:outbox-list --status DEAD");
        assertTrue(listed, listed.contains(bounced) && listed.contains("dead 1"));
        String metrics = http.get("/metrics").body();
        assertTrue(metrics, metrics.contains("doganhub_outbox_messages{status=\"dead\"} 1"));

        Http.Answer retried = operator.postJson("/api/v1/admin/outbox/" + bounced + "/retry", "{}");
        assertEquals(retried.toString(), 200, retried.status());
        waitFor("dead again", () -> operator.get("/api/v1/admin/outbox/" + bounced).json().get("attempts").asInt() == 1
                && "DEAD".equals(operator.get("/api/v1/admin/outbox/" + bounced).json().get("status").asText()), 30);
        String sent = operator.get("/api/v1/admin/outbox?status=SENT&limit=1").json().get("items").get(0).get("id").asText();
        Itest.assertProblem(operator.postJson("/api/v1/admin/outbox/" + sent + "/retry", "{}"), 409,
                "outbox.not-retryable");

        chain(operator, "sendgrid", "smtp");
        String flaky = operator.postJson("/api/v1/admin/providers/email/test", "{\"to\":\"flaky@example.sa\"}").json()
                .get("outboxId").asText();
        Itest.waitFor("the failover to SMTP", () -> "SENT".equals(operator.get("/api/v1/admin/outbox/" + flaky).json()
                .get("status").asText()), 30, () -> operator.get("/api/v1/admin/outbox/" + flaky).body() + " chain "
                        + operator.get("/api/v1/admin/providers/email").body());
        assertEquals("smtp", operator.get("/api/v1/admin/outbox/" + flaky).json().get("provider").asText());
    }

    @Test
    public void t7_aTenantsOwnSmtpServerAndSenderCarryItsMailOnlyAndItsPasswordIsSealed() throws Exception {
        Http operator = operator();
        chain(operator, "sendgrid");
        Http owner = as(login("demo", "owner@demo.local").get("accessToken").asText());
        JsonNode demo = owner.get("/api/v1/me").json().get("tenant");
        Http.Answer invalid = owner.putJson("/api/v1/tenant/providers/email",
                "{\"chain\":[\"smtp\"],\"settings\":{\"port\":\"99999\",\"host\":\"x\\r\\nRCPT TO:<a@b.sa>\"}}");
        Itest.assertProblem(invalid, 422, "validation-failed");
        assertEquals(2, invalid.json().get("errors").size());
        Itest.assertProblem(owner.putJson("/api/v1/tenant/providers/email", "{\"chain\":[\"fax\"]}"), 422,
                "validation-failed");

        Http.Answer saved = owner.putJson("/api/v1/tenant/providers/email", "{\"chain\":[\"smtp\"],\"settings\":{"
                + "\"host\":\"127.0.0.1\",\"port\":\"" + SMTP_PORT + "\",\"security\":\"none\",\"username\":\"mailer\","
                + "\"password\":\"S3cret-Pass\",\"from\":\"Demo Billing <billing@demo.sa>\"}}");
        assertEquals(saved.toString(), 200, saved.status());
        assertEquals("[\"smtp\"]", saved.json().get("chain").toString());
        assertFalse("the password never comes back", saved.body().contains("S3cret-Pass"));
        assertFalse(owner.get("/api/v1/tenant/providers").body().contains("S3cret-Pass"));
        DataSource database = Itest.service(context, DataSource.class, "(osgi.jndi.service.name=doganhub)");
        try (Connection connection = database.getConnection(); Statement query = connection.createStatement();
                ResultSet row = query.executeQuery("select sealed_settings from int_tenant_provider")) {
            assertTrue(row.next());
            assertTrue(row.getString(1).startsWith("v1:"));
            assertFalse("sealed at rest", row.getString(1).contains("S3cret-Pass") || row.getString(1).contains("mailer"));
        }
        Http.Answer operatorView = operator.get("/api/v1/tenant/providers");
        assertFalse("another tenant sees nothing of it", operatorView.body().contains("127.0.0.1"));

        queueAs(demo.get("id").asText(), "demo", EmailAddress.of("customer@demo.sa"), "own", "through the tenant's server");
        queue(EmailAddress.of("customer@itest.sa"), "platform-chain", "through the platform chain");
        waitFor("the tenant's message on its own server", () -> smtpMessageIds("own").size() == 1, 30);
        waitFor("the other tenant's message through SendGrid", () -> sendGrid.messageIds("platform-chain").size() == 1, 30);
        assertTrue(smtpMessageIds("platform-chain").isEmpty());
        assertEquals("billing@demo.sa", ((jakarta.mail.internet.InternetAddress) receivedBySmtp(smtpMessageIds("own").get(0))
                .getFrom()[0]).getAddress());

        assertEquals(204, owner.delete("/api/v1/tenant/providers/email").status());
        Itest.assertProblem(owner.get("/api/v1/tenant/providers/email"), 404, "not-found");
        queueAs(demo.get("id").asText(), "demo", EmailAddress.of("customer@demo.sa"), "own-removed", "back on the platform");
        waitFor("back on the platform chain", () -> sendGrid.messageIds("own-removed").size() == 1, 30);
    }

    private long metric(String name) throws Exception {
        for (String line : http.get("/metrics").body().split("\n")) {
            if (line.startsWith(name + " ")) {
                return (long) Double.parseDouble(line.substring(name.length() + 1).strip());
            }
        }
        throw new AssertionError("no metric " + name);
    }

    private void queue(EmailAddress to, String batch, String subject) throws Exception {
        queueAs("itest-tenant", "itest", to, batch, subject);
    }

    private void queueAs(String tenantId, String slug, EmailAddress to, String batch, String subject) throws Exception {
        TenantContext tenant = new TenantContext(tenantId, slug, "itest-user", Locale.ENGLISH, Set.of());
        try (TenantScope.Binding ignored = tenantScope.bind(tenant)) {
            email.send(new EmailMessage(null, List.of(to), null, null, null, subject, "Message for " + to.address(), null,
                    null, Map.of("X-Itest-Batch", batch)));
        }
    }

    /** Message-IDs GreenMail received with {@code X-Itest-Batch: batch}, across its stopped runs and the current one. */
    private static List<String> smtpMessageIds(String batch) throws MessagingException {
        List<String> ids = new ArrayList<>();
        List<MimeMessage> all = new ArrayList<>();
        for (Managers stopped : stoppedStores) {
            for (StoredMessage stored : stopped.getImapHostManager().getAllMessages()) {
                all.add(stored.getMimeMessage());
            }
        }
        all.addAll(List.of(greenMail.getReceivedMessages()));
        for (MimeMessage message : all) {
            String[] tag = message.getHeader("X-Itest-Batch");
            if (tag != null && batch.equals(tag[0])) {
                ids.add(message.getMessageID());
            }
        }
        return ids;
    }

    private static MimeMessage receivedBySmtp(String messageId) throws MessagingException {
        for (MimeMessage message : greenMail.getReceivedMessages()) {
            if (messageId.equals(message.getMessageID())) {
                return message;
            }
        }
        throw new AssertionError("GreenMail has no " + messageId);
    }

    private void chain(Http operator, String... names) throws Exception {
        Http.Answer answer = operator.putJson("/api/v1/admin/providers/email",
                "{\"chain\":[\"" + String.join("\",\"", names) + "\"]}");
        assertEquals(answer.toString(), 200, answer.status());
    }

    private static String check(Http operator, String name) throws Exception {
        return provider(operator, name).path("lastCheck").path("outcome").asText();
    }

    private static JsonNode provider(Http operator, String name) throws Exception {
        for (JsonNode provider : operator.get("/api/v1/admin/providers/email").json().get("providers")) {
            if (name.equals(provider.get("name").asText())) {
                return provider;
            }
        }
        throw new AssertionError("no provider " + name);
    }

    private Bundle bundle(String symbolicName) {
        for (Bundle bundle : context.getBundles()) {
            if (symbolicName.equals(bundle.getSymbolicName())) {
                return bundle;
            }
        }
        throw new AssertionError("no bundle " + symbolicName);
    }

    private Http operator() throws Exception {
        peers();
        return as(login("platform", "operator@doganhub.local").get("accessToken").asText());
    }

    private JsonNode login(String tenant, String address) throws Exception {
        return Itest.login(context, http, tenant, address, PASSWORD);
    }

    private Http as(String token) {
        return http.withHeader("Authorization", "Bearer " + token);
    }
}
