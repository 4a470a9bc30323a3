package com.doganhub.itests;

import static com.doganhub.itests.Itest.assertProblem;
import static com.doganhub.itests.Itest.waitFor;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.inject.Inject;

import org.apache.karaf.features.FeaturesService;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Before;
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

/**
 * Billing on the booted distribution (PostgreSQL), with Stripe's API answered at the HTTP wire inside the container and
 * webhooks signed by the test with Stripe's documented scheme: payments off until the keys are set at runtime, the
 * exact Checkout and Portal requests, verified webhooks applied once and in event order, a signed license enforced
 * (seats, modules, monthly invoices), dunning through grace into read-only mode and out again, reminders at 30/7/1
 * days and expiry sent once each under a moved clock, a manual grant from the shell, and the feature taken away and
 * brought back at runtime.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class BillingIT {

    private static final String PASSWORD = "Billing-Itest-Passw0rd";
    private static final int STRIPE_PORT = 18_311;
    private static final String SECRET_KEY = "sk_test_51ItestSecretKeyForBilling0123456789";
    private static final String WEBHOOK_SECRET = "whsec_itestWebhookSigningSecret0123456789";
    private static final String LICENSE_SECRET = "billing-itest-license-secret-0123456789";

    /** Inside the container, for as long as it runs (class fixtures run around every method there). */
    private static StripeApiStub stripe;
    private static MovableClock clock;
    private static String demoTenantId;

    @Inject
    private BundleContext context;

    @Inject
    private FeaturesService features;

    @Inject
    private ConfigurationAdmin configurationAdmin;

    @Inject
    private SessionFactory shell;

    private final Http http = new Http(Itest.HTTP_PORT);

    @Configuration
    public Option[] configuration() {
        String mail = new File("target/exam-mail/" + java.util.UUID.randomUUID()).getAbsolutePath();
        return Itest.distribution(TestPostgres.createDatabase("doganhub_billing_it"),
                systemProperty("doganhub.itest.mail").value(mail),
                editConfigurationFilePut("etc/com.doganhub.email.local.cfg", "directory", mail),
                editConfigurationFilePut("etc/com.doganhub.integration.outbox.cfg", "pollMillis", "100"),
                editConfigurationFilePut("etc/com.doganhub.identity.cfg", "bootstrap.password", PASSWORD),
                editConfigurationFilePut("etc/com.doganhub.identity.cfg", "login.max.failures.per.address", "50"),
                editConfigurationFilePut("etc/com.doganhub.billing.cfg", "licenseSecret", LICENSE_SECRET),
                editConfigurationFilePut("etc/com.doganhub.billing.cfg", "publicUrl", "https://erp.doganhub.test"),
                editConfigurationFilePut("etc/com.doganhub.billing.cfg", "licenseCacheSeconds", "1"),
                editConfigurationFilePut("etc/com.doganhub.billing.cfg", "webhookMaxBytes", "1048576"));
    }

    @Before
    public void ready() throws Exception {
        Itest.waitForStatus(context, http, "/health/ready", 200, 180);
        if (stripe == null) {
            stripe = new StripeApiStub(STRIPE_PORT);
            clock = new MovableClock();
            Hashtable<String, Object> properties = new Hashtable<>();
            properties.put("doganhub.clock", "billing");
            context.registerService(java.time.Clock.class, clock, properties);
        }
        Itest.waitForStatus(context, http, "/api/v1/billing/plans", 401, 60); // 404 until the resource is published
    }

    @Test
    public void t1_withoutStripeKeysPaymentsAnswer503AndTheReportSaysSo() throws Exception {
        Http operator = operator();
        Http.Answer invalid = operator.putJson("/api/v1/admin/billing/plans/pro", "{\"nameAr\":\"\",\"nameEn\":\"Pro\","
                + "\"monthlyPrice\":\"-1\",\"yearlyPrice\":\"2990.00\",\"seats\":0,\"modules\":[\"Fin ance\"],"
                + "\"stripePriceMonthly\":\"prod_x\"}");
        assertProblem(invalid, 422, "validation-failed");
        for (String field : List.of("nameAr", "monthlyPrice", "seats", "modules[0]", "stripePriceMonthly")) {
            assertTrue(field + " in " + invalid.body(), invalid.body().contains("\"field\":\"" + field + "\""));
        }
        Http.Answer saved = operator.putJson("/api/v1/admin/billing/plans/pro", PRO_PLAN);
        assertEquals(saved.toString(), 200, saved.status());
        assertEquals("299.00", saved.json().get("monthlyPrice").asText());
        assertEquals("price_proMonthly", saved.json().get("stripePriceMonthly").asText());
        assertEquals(200, operator.putJson("/api/v1/admin/billing/plans/basic", "{\"nameAr\":\"الأساسية\",\"nameEn\":\"Basic\","
                + "\"monthlyPrice\":\"99\",\"yearlyPrice\":\"990\",\"seats\":1,\"modules\":[\"finance\"],\"storageGb\":0,"
                + "\"stripePriceMonthly\":\"price_basicMonthly\"}").status());

        Http owner = owner();
        JsonNode onSale = owner.get("/api/v1/billing/plans").json();
        assertEquals(2, onSale.size());
        assertFalse("Stripe ids are for operators", onSale.toString().contains("price_pro"));
        assertProblem(owner.putJson("/api/v1/admin/billing/plans/pro", PRO_PLAN), 403, "forbidden");

        assertProblem(owner.postJson("/api/v1/billing/checkout", "{\"plan\":\"pro\"}"), 503, "payments.not-configured");
        assertProblem(owner.postJson("/api/v1/billing/portal", "{}"), 503, "payments.not-configured");
        assertTrue(owner.withHeader("Accept-Language", "ar").postJson("/api/v1/billing/checkout", "{\"plan\":\"pro\"}")
                .body().contains("الدفع غير مهيأ"));
        assertProblem(http.postJson("/api/v1/billing/webhooks", event("evt_early", "invoice.paid", now(), "{}")), 503,
                "payments.webhooks-not-configured");
        JsonNode report = operator.get("/api/v1/admin/integrations").json();
        assertEquals("MISSING", entry(report, "stripe-secret-key").get("status").asText());
        assertEquals("CONFIGURED", entry(report, "license-secret").get("status").asText());
        assertProblem(owner.get("/api/v1/billing/license"), 404, "license.none");
    }

    @Test
    public void t2_checkoutAndPortalSendStripeTheDocumentedRequests() throws Exception {
        configure("com.doganhub.payments.stripe", Map.of("secretKey", SECRET_KEY, "publishableKey",
                "pk_test_51ItestPublishableKey0123", "webhookSecret", WEBHOOK_SECRET,
                "apiBase", "http://127.0.0.1:" + STRIPE_PORT));
        Http owner = owner();
        waitFor("payments configured at runtime", () -> owner.get("/api/v1/billing/config").json()
                .get("paymentsConfigured").asBoolean(), 30);
        assertEquals("pk_test_51ItestPublishableKey0123",
                owner.get("/api/v1/billing/config").json().get("publishableKey").asText());
        assertFalse(owner.get("/api/v1/billing/config").body().contains("sk_test"));

        assertProblem(owner.postJson("/api/v1/billing/checkout", "{\"plan\":\"platinum\"}"), 404, "not-found");
        assertProblem(owner.postJson("/api/v1/billing/checkout", "{\"plan\":\"pro\",\"interval\":\"weekly\"}"), 422,
                "validation-failed");
        Http.Answer opened = owner.postJson("/api/v1/billing/checkout", "{\"plan\":\"pro\",\"interval\":\"monthly\"}");
        assertEquals(opened.toString(), 200, opened.status());
        assertEquals("https://checkout.stripe.com/c/pay/cs_test_1", opened.json().get("url").asText());

        StripeApiStub.Received customer = stripe.received("/v1/customers").get(0);
        assertEquals("Bearer " + SECRET_KEY, customer.headers().get("authorization"));
        assertEquals("customer-" + demoTenantId, customer.headers().get("idempotency-key"));
        assertNotNull("stripe-java pins its API version", customer.headers().get("stripe-version"));
        assertEquals("owner@demo.local", customer.form().get("email"));
        assertEquals(demoTenantId, customer.form().get("metadata[tenant_id]"));
        assertEquals("demo", customer.form().get("metadata[tenant_slug]"));

        StripeApiStub.Received session = stripe.received("/v1/checkout/sessions").get(0);
        Map<String, String> form = session.form();
        assertEquals("subscription", form.get("mode"));
        assertEquals("cus_itest", form.get("customer"));
        assertEquals("price_proMonthly", form.get("line_items[0][price]"));
        assertEquals("1", form.get("line_items[0][quantity]"));
        assertEquals("https://erp.doganhub.test/billing?checkout=success", form.get("success_url"));
        assertEquals("https://erp.doganhub.test/billing?checkout=cancelled", form.get("cancel_url"));
        assertEquals(demoTenantId, form.get("client_reference_id"));
        assertEquals(demoTenantId, form.get("metadata[tenant_id]"));
        assertEquals("pro", form.get("metadata[plan_id]"));
        assertEquals(demoTenantId, form.get("subscription_data[metadata][tenant_id]"));
        assertEquals("a first license gets the plan's trial", "14", form.get("subscription_data[trial_period_days]"));
        assertTrue(session.headers().get("idempotency-key"), session.headers().get("idempotency-key")
                .startsWith("checkout-" + demoTenantId + "-pro-monthly-"));

        assertEquals(200, owner.withHeader("Idempotency-Key", "click-2").postJson("/api/v1/billing/checkout",
                "{\"plan\":\"pro\",\"interval\":\"yearly\"}").status());
        assertEquals("the customer is created once and reused", 1, stripe.received("/v1/customers").size());
        StripeApiStub.Received yearly = stripe.received("/v1/checkout/sessions").get(1);
        assertEquals("price_proYearly", yearly.form().get("line_items[0][price]"));
        assertEquals("checkout-" + demoTenantId + "-click-2", yearly.headers().get("idempotency-key"));

        Http.Answer portal = owner.postJson("/api/v1/billing/portal", "{}");
        assertEquals(portal.toString(), 200, portal.status());
        assertEquals("https://billing.stripe.com/p/session/test_1", portal.json().get("url").asText());
        Map<String, String> portalForm = stripe.received("/v1/billing_portal/sessions").get(0).form();
        assertEquals(Map.of("customer", "cus_itest", "return_url", "https://erp.doganhub.test/billing"), portalForm);
        assertProblem(viewer(owner).postJson("/api/v1/billing/checkout", "{\"plan\":\"pro\"}"), 403, "forbidden");
    }

    @Test
    public void t3_verifiedWebhooksActivateTheLicenseOnceAndBadOnesChangeNothing() throws Exception {
        long start = now();
        long periodEnd = start + Duration.ofDays(30).toSeconds();
        String completed = event("evt_checkout_1", "checkout.session.completed", start,
                "{\"id\":\"cs_test_1\",\"object\":\"checkout.session\",\"customer\":\"cus_itest\",\"subscription\":\"sub_demo\","
                        + "\"client_reference_id\":\"" + demoTenantId + "\",\"metadata\":{\"tenant_id\":\"" + demoTenantId
                        + "\",\"plan_id\":\"pro\"},\"payment_status\":\"paid\"}");
        Http.Answer first = signedPost("/api/billing/webhooks", completed, WEBHOOK_SECRET, start);
        assertEquals(first.toString(), 200, first.status());
        assertEquals("processed", first.json().get("outcome").asText());
        Http.Answer replay = signedPost("/api/v1/billing/webhooks", completed, WEBHOOK_SECRET, start);
        assertEquals(200, replay.status());
        assertEquals("a replay is acknowledged and ignored", "duplicate", replay.json().get("outcome").asText());

        assertEquals(200, signedPost("/api/v1/billing/webhooks", event("evt_sub_created", "customer.subscription.created",
                start + 1, subscription("sub_demo", demoTenantId, "active", periodEnd, false)), WEBHOOK_SECRET, now()).status());
        assertEquals(200, signedPost("/api/v1/billing/webhooks", event("evt_inv_paid_1", "invoice.paid", start + 2,
                invoice("in_demo_1", "sub_demo", demoTenantId, start, periodEnd)), WEBHOOK_SECRET, now()).status());

        Http owner = owner();
        JsonNode license = owner.get("/api/v1/billing/license").json();
        assertEquals(license.toString(), "pro", license.get("plan").asText());
        assertEquals(3, license.get("seats").asInt());
        assertEquals("[\"finance\",\"crm\"]", license.get("modules").toString());
        assertEquals(5, license.get("quotas").get("invoices.monthly").asInt());
        assertEquals("ACTIVE", license.get("state").asText());
        assertEquals("stripe", license.get("source").asText());
        assertTrue(license.get("autoRenew").asBoolean());
        assertEquals(Instant.ofEpochSecond(periodEnd).toString(), license.get("expiresAt").asText());
        String key = license.get("key").asText();
        JsonNode verified = owner.postJson("/api/v1/billing/license/verify", "{\"key\":\"" + key + "\"}").json();
        assertEquals(demoTenantId, verified.get("tenantId").asText());
        assertEquals(3, verified.get("seats").asInt());
        String[] parts = key.split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(
                claims.replace("\"seats\":3", "\"seats\":300").getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        assertProblem(owner.postJson("/api/v1/billing/license/verify", "{\"key\":\"" + forged + "\"}"), 422,
                "validation-failed");
        assertTrue(operator().get("/api/v1/admin/billing/public-key").body().contains("BEGIN PUBLIC KEY"));

        waitFor("the receipt with Stripe's hosted invoice link", () -> count("demo", "owner@demo.local",
                "https://invoice.stripe.com/i/acct_itest/in_demo_1") == 1, 30);
        assertEquals(1, count("demo", "owner@demo.local", "299.00 SAR"));

        String body = event("evt_forged", "customer.subscription.updated", now(),
                subscription("sub_demo", demoTenantId, "canceled", periodEnd, false));
        assertProblem(signedPost("/api/v1/billing/webhooks", body, "whsec_notTheRealSecret0000000000", now()), 400,
                "webhook.signature");
        assertProblem(post("/api/v1/billing/webhooks", body.replace("canceled", "active"),
                signature(body, WEBHOOK_SECRET, now())), 400, "webhook.signature");
        assertProblem(signedPost("/api/v1/billing/webhooks", body, WEBHOOK_SECRET, now() - 600), 400,
                "webhook.signature");
        assertProblem(post("/api/v1/billing/webhooks", body, null), 400, "webhook.signature");
        assertProblem(post("/api/v1/billing/webhooks", "<xml>not json</xml>", signature("<xml>not json</xml>",
                WEBHOOK_SECRET, now())), 400, "webhook.not-json");
        byte[] huge = new byte[1024 * 1024 + 10];
        java.util.Arrays.fill(huge, (byte) ' ');
        huge[0] = '{';
        huge[huge.length - 1] = '}';
        assertProblem(http.postBytes("/api/v1/billing/webhooks", huge, "application/json"), 413, "webhook.too-large");
        assertFalse("nothing rejected was stored", operator().get("/api/v1/admin/billing/events").body()
                .contains("evt_forged"));
        assertEquals("ACTIVE", owner.get("/api/v1/billing/license").json().get("state").asText());

        assertProblem(owner.postJson("/api/v1/billing/checkout", "{\"plan\":\"pro\"}"), 409, "billing.plan-active");
        assertProblem(owner.postJson("/api/v1/billing/checkout", "{\"plan\":\"basic\"}"), 409,
                "billing.subscription-active"); // a second subscription would bill beside the first: the portal changes plans

        String events = Itest.shell(shell, "doganhub:billing-events");
        assertTrue(events, events.contains("evt_checkout_1") && events.contains("processed")
                && events.contains("customer.subscription.created"));
    }

    @Test
    public void t4_eventsApplyInStripesOrderSoALateUpdateNeverUndoesADeletion() throws Exception {
        Http operator = operator();
        String albaraka = otherTenantId(operator);
        long at = now();
        long periodEnd = at + Duration.ofDays(30).toSeconds();
        assertEquals(200, signedPost("/api/v1/billing/webhooks", event("evt_order_deleted", "customer.subscription.deleted",
                at + 100, subscription("sub_order", albaraka, "canceled", periodEnd, false)), WEBHOOK_SECRET, now()).status());
        Http.Answer late = signedPost("/api/v1/billing/webhooks", event("evt_order_updated", "customer.subscription.updated",
                at + 50, subscription("sub_order", albaraka, "active", periodEnd, false)), WEBHOOK_SECRET, now());
        assertEquals(late.toString(), "stale", late.json().get("outcome").asText());
        assertProblem(otherOwner(operator).get("/api/v1/billing/license"), 404, "license.none");
        Http other = otherOwner(operator);
        assertProblem(other.get("/api/v1/admin/billing/licenses"), 403, "forbidden");
        assertProblem(other.get("/api/v1/admin/billing/licenses/demo"), 403, "forbidden");
        assertProblem(other.postJson("/api/v1/billing/portal", "{}"), 409, "billing.no-customer");
        assertFalse("a tenant sees only its own usage", other.get("/api/v1/billing/usage").body().contains(demoTenantId));
        JsonNode events = operator.get("/api/v1/admin/billing/events").json();
        assertTrue(events.toString(), events.toString().contains("\"id\":\"evt_order_updated\"")
                && events.toString().contains("\"outcome\":\"stale\""));
    }

    @Test
    public void t5_theLicenseIsEnforcedSeatsModulesAndMonthlyInvoices() throws Exception {
        Http owner = owner();
        int created = 0;
        Http.Answer refused = null;
        for (int i = 1; i <= 3 && refused == null; i++) {
            Http.Answer answer = owner.postJson("/api/v1/users", "{\"email\":\"seat" + i + "@demo.local\",\"name\":\"Seat "
                    + i + "\",\"roles\":[\"viewer\"]}");
            if (answer.status() == 201) {
                created++;
            } else {
                refused = answer;
            }
        }
        assertNotNull("the fourth active user is refused", refused);
        assertProblem(refused, 422, "validation-failed");
        assertTrue(refused.body(), refused.body().contains("license.seats-exhausted") && refused.body().contains("\"field\":\"seats\""));
        assertTrue("the plan's 3 seats, one already the owner's, " + created, created >= 1 && created <= 2);

        assertProblem(owner.get("/api/v1/zatca/devices"), 403, "module.not-licensed");
        JsonNode modules = owner.get("/api/v1/tenant/modules").json();
        for (JsonNode module : modules) {
            boolean licensed = !module.get("id").asText().equals("zatca");
            assertEquals(module.toString(), licensed, module.get("licensed").asBoolean());
        }
        assertProblem(owner.putJson("/api/v1/tenant/modules/zatca", "{\"enabled\":true}"), 422, "validation-failed");
        assertEquals(200, owner.get("/api/v1/crm/contacts").status());

        prepareSeller(owner);
        for (int i = 1; i <= 5; i++) {
            Http.Answer issued = issueInvoice(owner);
            assertEquals("invoice " + i + ": " + issued, 200, issued.status());
        }
        Http.Answer sixth = issueInvoice(owner);
        assertProblem(sixth, 429, "license.quota-exceeded");
        assertNotNull("retry when the month turns", sixth.header("Retry-After"));
        JsonNode usage = owner.get("/api/v1/billing/usage").json();
        JsonNode invoices = null;
        for (JsonNode quota : usage) {
            if (quota.get("quota").asText().equals("invoices.monthly")) {
                invoices = quota;
            }
        }
        assertEquals(usage.toString(), 5, invoices.get("used").asInt());
        assertEquals(5, invoices.get("limit").asInt());
        assertTrue(invoices.get("metered").asBoolean());
        // the demo tenant speaks Arabic: its owners are written to in Arabic
        waitFor("usage warnings at 80% and 100%", () -> count("demo", "owner@demo.local", "استخدمت 4 من أصل 5") == 1
                && count("demo", "owner@demo.local", "استخدمت 5 من أصل 5") == 1, 30);
        issueInvoice(owner);
        Thread.sleep(1000);
        assertEquals("each warning once", 1, count("demo", "owner@demo.local", "استخدمت 5 من أصل 5"));
        assertEquals(1, count("demo", "owner@demo.local", "الفواتير هذا الشهر، وتوقفت"));
    }

    @Test
    public void t6_aFailedRenewalGivesGraceThenReadOnlyAndPayingLiftsIt() throws Exception {
        Http owner = owner();
        assertEquals(200, signedPost("/api/v1/billing/webhooks", event("evt_inv_failed", "invoice.payment_failed", now(),
                invoice("in_demo_2", "sub_demo", demoTenantId, now(), now() + Duration.ofDays(30).toSeconds())
                        .replace("\"attempt_count\":1", "\"attempt_count\":1,\"next_payment_attempt\":"
                                + (now() + 259_200))), WEBHOOK_SECRET, now()).status());
        waitFor("the dunning mail", () -> count("demo", "owner@demo.local", "لم نتمكن من تحصيل 299.00 SAR") == 1, 30);
        assertEquals("it names the grace period", 1, count("demo", "owner@demo.local", "تعمل 7 أيام"));
        JsonNode pastDue = owner.get("/api/v1/billing/license").json();
        assertEquals("PAST_DUE", pastDue.get("payment").asText());
        assertEquals("GRACE", pastDue.get("state").asText());
        assertEquals(201, owner.postJson("/api/v1/crm/contacts", "{\"nameAr\":\"أثناء المهلة\",\"nameEn\":\"In grace\"}").status());

        clock.travel(Duration.ofDays(8));
        waitFor("read-only after the grace period", () -> "READ_ONLY".equals(owner.get("/api/v1/billing/license").json()
                .get("state").asText()), 10);
        assertProblem(owner.postJson("/api/v1/crm/contacts", "{\"nameAr\":\"مرفوض\",\"nameEn\":\"Refused\"}"), 403,
                "license.read-only");
        assertTrue(owner.withHeader("Accept-Language", "ar").postJson("/api/v1/crm/contacts", "{\"nameEn\":\"x\"}").body()
                .contains("للقراءة فقط"));
        assertEquals("reading goes on", 200, owner.get("/api/v1/crm/contacts").status());
        assertEquals("paying goes on", 200, owner.postJson("/api/v1/billing/portal", "{}").status());

        long paidAt = clock.instant().getEpochSecond();
        assertEquals(200, signedPost("/api/v1/billing/webhooks", event("evt_inv_paid_2", "invoice.paid", now() + 1,
                invoice("in_demo_2", "sub_demo", demoTenantId, paidAt, paidAt + Duration.ofDays(30).toSeconds())),
                WEBHOOK_SECRET, now()).status());
        waitFor("active again once paid", () -> "ACTIVE".equals(owner.get("/api/v1/billing/license").json()
                .get("state").asText()), 10);
        assertEquals(201, owner.postJson("/api/v1/crm/contacts", "{\"nameAr\":\"بعد الدفع\",\"nameEn\":\"Paid\"}").status());
        assertEquals("PAID", owner.get("/api/v1/billing/license").json().get("payment").asText());

        Http.Answer late = signedPost("/api/v1/billing/webhooks", event("evt_inv_failed_late", "invoice.payment_failed",
                now() - 30, invoice("in_demo_1b", "sub_demo", demoTenantId, now(), now())), WEBHOOK_SECRET, now());
        assertEquals("a failure older than the payment never undoes it", "stale", late.json().get("outcome").asText());
        assertEquals("PAID", owner.get("/api/v1/billing/license").json().get("payment").asText());
    }

    @Test
    public void t7_remindersAt30And7And1DaysAndTheExpiryAlertAreSentOnceEach() throws Exception {
        Http operator = operator();
        otherTenantId(operator);
        LocalDate lastDay = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(40);
        String granted = Itest.shell(shell, "doganhub:license-grant --until " + lastDay
                + " --note \"Bank transfer SA-4411\" albaraka basic");
        assertTrue(granted, granted.contains("Granted basic to albaraka"));
        assertTrue(operator.get("/api/v1/audit?entity=license&action=grant").body().contains("SA-4411"));
        String shown = Itest.shell(shell, "doganhub:license-show albaraka");
        assertTrue(shown, shown.contains("manual") && shown.contains("ACTIVE") && shown.contains("Key:       DH1."));
        Instant expiry = lastDay.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Http.Answer overStorage = otherOwner(operator).postFile("/api/v1/files", "contract.txt", "text/plain",
                "a contract".getBytes(StandardCharsets.UTF_8), Map.of());
        assertProblem(overStorage, 422, "validation-failed");
        assertTrue(overStorage.body(), overStorage.body().contains("\"field\":\"storage.bytes\"")
                && overStorage.body().contains("license.quota-exceeded"));
        assertTrue("nothing was kept", otherOwner(operator).get("/api/v1/files").json().get("items").isEmpty());

        String[][] steps = { { "30", "ends in 30 days" }, { "7", "ends in 7 days" }, { "1", "ends tomorrow" },
                { "0", "has expired" } };
        for (String[] step : steps) {
            clock.travelTo(expiry.minus(Duration.ofDays(Long.parseLong(step[0]))).plus(Duration.ofHours(1)));
            String run = Itest.shell(shell, "doganhub:billing-renewals");
            assertTrue(run, run.contains("licenses checked"));
            Itest.shell(shell, "doganhub:billing-renewals"); // a second node, or a rerun: nothing more is sent
            waitFor("the " + step[0] + "-day notice", () -> count("albaraka", "owner@albaraka.sa", step[1]) == 1, 30);
        }
        Thread.sleep(1000);
        for (String[] step : steps) {
            assertEquals(step[1], 1, count("albaraka", "owner@albaraka.sa", step[1]));
        }
        clock.travel(Duration.ofDays(8));
        assertEquals("READ_ONLY", operator.get("/api/v1/admin/billing/licenses/albaraka").json().get("state").asText());
        assertProblem(otherOwner(operator).postJson("/api/v1/finance/accounts", "{\"code\":\"6191\",\"nameAr\":\"س\","
                + "\"nameEn\":\"Travel\",\"type\":\"EXPENSE\",\"parentCode\":\"6\"}"), 403, "license.read-only");
        String extended = Itest.shell(shell, "doganhub:license-grant --months 12 --note Renewed albaraka basic");
        assertTrue(extended, extended.contains("Granted"));
        assertEquals("ACTIVE", operator.get("/api/v1/admin/billing/licenses/albaraka").json().get("state").asText());
        clock.travelTo(Instant.now());
    }

    @Test
    public void t8_billingIsTakenAwayAndBroughtBackAtRuntimeWithItsLicensesKept() throws Exception {
        Http owner = owner();
        String licenseId = owner.get("/api/v1/billing/license").json().get("licenseId").asText();
        features.uninstallFeature("doganhub-billing", EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        Itest.waitForStatus(context, owner, "/api/v1/billing/license", 404, 60);
        assertEquals("finance goes on", 200, owner.get("/api/v1/finance/accounts").status());
        assertEquals("without billing nothing is limited", 200, owner.get("/api/v1/zatca/devices").status());

        features.installFeature("doganhub-billing", EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        Itest.waitForStatus(context, owner, "/api/v1/billing/license", 200, 90);
        assertEquals(licenseId, owner.get("/api/v1/billing/license").json().get("licenseId").asText());
        assertProblem(owner.get("/api/v1/zatca/devices"), 403, "module.not-licensed");
    }

    private static final String PRO_PLAN = "{\"nameAr\":\"الباقة المهنية\",\"nameEn\":\"Professional\","
            + "\"monthlyPrice\":\"299\",\"yearlyPrice\":\"2990.00\",\"seats\":3,\"modules\":[\"finance\",\"crm\"],"
            + "\"invoicesPerMonth\":5,\"storageGb\":10,\"aiRequestsPerMonth\":1000,\"trialDays\":14,"
            + "\"stripePriceMonthly\":\"price_proMonthly\",\"stripePriceYearly\":\"price_proYearly\"}";

    private void prepareSeller(Http owner) throws Exception {
        com.fasterxml.jackson.databind.node.ObjectNode seller = (com.fasterxml.jackson.databind.node.ObjectNode) owner
                .get("/api/v1/finance/settings").json();
        seller.put("sellerNameAr", "شركة العرض للتجارة").put("sellerNameEn", "Demo Trading Co.")
                .put("vatNumber", "300000000000003").put("crNumber", "1010010000").put("buildingNumber", "1234")
                .put("street", "King Fahd Road").put("district", "Al Olaya").put("city", "Riyadh")
                .put("postalCode", "12211");
        assertEquals(200, owner.putJson("/api/v1/finance/settings", seller.toString()).status());
    }

    private Http.Answer issueInvoice(Http owner) throws Exception {
        Http.Answer drafted = owner.postJson("/api/v1/finance/invoices", "{\"type\":\"SIMPLIFIED\",\"lines\":["
                + "{\"description\":\"اشتراك\",\"quantity\":\"1\",\"unitPrice\":\"100\",\"vatCategory\":\"S\"}]}");
        assertEquals(drafted.toString(), 201, drafted.status());
        return owner.send("POST", "/api/v1/finance/invoices/" + drafted.json().get("id").asText() + "/issue", null, null);
    }

    private static long count(String tenant, String email, String text) throws Exception {
        return Itest.mailsTo(tenant, email).stream().map(Itest::readable).filter(mail -> mail.contains(text)).count();
    }

    private static String event(String id, String type, long created, String object) {
        return "{\"id\":\"" + id + "\",\"object\":\"event\",\"api_version\":\"2026-07-29.dahlia\",\"created\":" + created
                + ",\"livemode\":false,\"type\":\"" + type + "\",\"data\":{\"object\":" + object + "}}";
    }

    private static String subscription(String id, String tenantId, String status, long periodEnd, boolean cancelAtEnd) {
        return "{\"id\":\"" + id + "\",\"object\":\"subscription\",\"customer\":\"cus_itest\",\"status\":\"" + status
                + "\",\"cancel_at_period_end\":" + cancelAtEnd + ",\"metadata\":{\"tenant_id\":\"" + tenantId
                + "\",\"plan_id\":\"pro\"},\"items\":{\"object\":\"list\",\"data\":[{\"id\":\"si_1\",\"object\":"
                + "\"subscription_item\",\"current_period_end\":" + periodEnd + ",\"price\":{\"id\":\"price_proMonthly\","
                + "\"object\":\"price\"}}]}}";
    }

    private static String invoice(String id, String subscriptionId, String tenantId, long periodStart, long periodEnd) {
        return "{\"id\":\"" + id + "\",\"object\":\"invoice\",\"customer\":\"cus_itest\",\"number\":\"DH-" + id
                + "\",\"amount_paid\":29900,\"amount_due\":29900,\"currency\":\"sar\",\"attempt_count\":1,"
                + "\"hosted_invoice_url\":\"https://invoice.stripe.com/i/acct_itest/" + id + "\",\"parent\":{"
                + "\"subscription_details\":{\"subscription\":\"" + subscriptionId + "\",\"metadata\":{\"tenant_id\":\""
                + tenantId + "\"}}},\"lines\":{\"object\":\"list\",\"data\":[{\"period\":{\"start\":" + periodStart
                + ",\"end\":" + periodEnd + "},\"pricing\":{\"price_details\":{\"price\":\"price_proMonthly\"}}}]}}";
    }

    /** Stripe's scheme: {@code t=<unix>,v1=<hex HMAC-SHA256 of "<t>.<body>" keyed with the whole whsec_ secret>}. */
    private static String signature(String body, String secret, long timestamp) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String signed = HexFormat.of().formatHex(mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
        return "t=" + timestamp + ",v1=" + signed;
    }

    private Http.Answer signedPost(String path, String body, String secret, long timestamp) throws Exception {
        return post(path, body, signature(body, secret, timestamp));
    }

    private Http.Answer post(String path, String body, String signature) throws Exception {
        Http client = signature == null ? http : http.withHeader("Stripe-Signature", signature);
        return client.postBytes(path, body.getBytes(StandardCharsets.UTF_8), "application/json");
    }

    private static long now() {
        return Instant.now().getEpochSecond();
    }

    private static JsonNode entry(JsonNode report, String id) {
        for (JsonNode entry : report.get("integrations")) {
            if (id.equals(entry.get("id").asText())) {
                return entry;
            }
        }
        throw new AssertionError("no integration " + id + " in " + report);
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

    private Http operator() throws Exception {
        return login("platform", "operator@doganhub.local", PASSWORD);
    }

    private Http owner() throws Exception {
        Http owner = login("demo", "owner@demo.local", PASSWORD);
        if (demoTenantId == null) {
            demoTenantId = owner.get("/api/v1/me").json().get("tenant").get("id").asText();
        }
        return owner;
    }

    private Http viewer(Http owner) throws Exception {
        Http.Answer created = owner.postJson("/api/v1/users", "{\"email\":\"billing-viewer@demo.local\",\"name\":\"Viewer\","
                + "\"password\":\"Viewer-Pass-2026-x\",\"roles\":[\"viewer\"]}");
        assertTrue(created.toString(), created.status() == 201 || created.status() == 409);
        return login("demo", "billing-viewer@demo.local", "Viewer-Pass-2026-x");
    }

    private String otherTenantId(Http operator) throws Exception {
        Http.Answer created = operator.postJson("/api/v1/platform/tenants", "{\"slug\":\"albaraka\",\"nameAr\":\"البركة\","
                + "\"nameEn\":\"Al Baraka\",\"vatNumber\":\"310122393500003\",\"crNumber\":\"1010101010\",\"locale\":\"en\","
                + "\"address\":{\"buildingNumber\":\"8228\",\"street\":\"Al Urubah Rd\",\"district\":\"Al Wurud\","
                + "\"city\":\"Riyadh\",\"postalCode\":\"12643\"},\"owner\":{\"email\":\"owner@albaraka.sa\",\"name\":\"Saad\","
                + "\"password\":\"Albaraka-Owner-Pass-2026\"}}");
        assertTrue(created.toString(), created.status() == 201 || created.status() == 409);
        return otherOwner(operator).get("/api/v1/me").json().get("tenant").get("id").asText();
    }

    private Http otherOwner(Http operator) throws Exception {
        return login("albaraka", "owner@albaraka.sa", "Albaraka-Owner-Pass-2026");
    }

    private Http login(String tenant, String email, String password) throws Exception {
        return http.withHeader("Authorization", "Bearer " + Itest.login(context, http, tenant, email, password)
                .get("accessToken").asText());
    }
}
