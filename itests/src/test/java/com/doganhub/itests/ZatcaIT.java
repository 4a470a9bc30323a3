package com.doganhub.itests;

import static com.doganhub.itests.Itest.waitFor;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.inject.Inject;
import javax.sql.DataSource;

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

import com.fasterxml.jackson.databind.JsonNode;

/**
 * ZATCA e-invoicing on the booted distribution against Fatoora at the HTTP wire ({@link FatooraStub}): a device is
 * onboarded over the API (CSR, compliance CSID with the OTP, the compliance checks, production CSID, renewal), then
 * 100 simplified invoices issued at once form one unbroken chain and are reported through the outbox; a standard
 * invoice is cleared and ZATCA's copy kept; rejection, warnings, an outage and a duplicate end as they should.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class ZatcaIT {

    private static final String PASSWORD = "Zatca-Itest-Passw0rd";
    private static final int FATOORA_PORT = 18493;
    private static final String DEVICE = "/api/v1/zatca/devices";
    /** Lives as long as the container: Pax Exam runs class fixtures around every method in the container. */
    private static FatooraStub fatoora;
    private static String deviceId;

    @Inject
    private BundleContext context;

    @Inject
    private org.apache.karaf.features.FeaturesService features;

    private final Http http = new Http(Itest.HTTP_PORT);

    @Configuration
    public Option[] configuration() {
        String mail = new java.io.File("target/exam-mail/" + java.util.UUID.randomUUID()).getAbsolutePath();
        return Itest.distribution(TestPostgres.createDatabase("doganhub_zatca_it"),
                org.ops4j.pax.exam.CoreOptions.systemProperty("doganhub.itest.mail").value(mail),
                editConfigurationFilePut("etc/com.doganhub.email.local.cfg", "directory", mail),
                editConfigurationFilePut("etc/com.doganhub.zatca.cfg", "publicUrl", "https://erp.doganhub.test"),
                editConfigurationFilePut("etc/com.doganhub.identity.cfg", "bootstrap.password", PASSWORD),
                editConfigurationFilePut("etc/com.doganhub.identity.cfg", "login.max.failures.per.address", "50"),
                editConfigurationFilePut("etc/com.doganhub.integration.outbox.cfg", "retryBaseSeconds", "1"),
                editConfigurationFilePut("etc/com.doganhub.integration.outbox.cfg", "pollMillis", "200"),
                editConfigurationFilePut("etc/com.doganhub.zatca.fatoora.cfg", "baseUrl",
                        "http://127.0.0.1:" + FATOORA_PORT + FatooraStub.BASE));
    }

    @Before
    public void ready() throws Exception {
        Itest.waitForStatus(context, http, "/health/ready", 200, 180);
        if (fatoora == null) {
            fatoora = new FatooraStub(FATOORA_PORT);
        }
    }

    @Test
    public void t1_aDeviceIsOnboardedStepByStepAndItsSecretsAreSealed() throws Exception {
        Http owner = owner();
        assertEquals(200, owner.putJson("/api/v1/finance/settings", "{\"sellerNameAr\":\"شركة العرض للتجارة\","
                + "\"sellerNameEn\":\"Demo Trading Co.\",\"vatNumber\":\"399999999900003\",\"crNumber\":\"1010010000\","
                + "\"buildingNumber\":\"1234\",\"street\":\"King Fahd Road\",\"district\":\"Al Olaya\",\"city\":\"Riyadh\","
                + "\"postalCode\":\"12211\",\"paymentTermsDays\":15,\"emailInvoices\":true}").status());

        Http.Answer bad = owner.postJson(DEVICE, device("300000000000004", "1100"));
        Itest.assertProblem(bad, 422, "validation-failed");
        assertTrue(bad.body(), bad.body().contains("vatNumber"));

        Http.Answer created = owner.postJson(DEVICE, device("399999999900003", "1100"));
        assertEquals(created.toString(), 201, created.status());
        JsonNode device = created.json();
        deviceId = device.get("id").asText();
        assertEquals("CSR_READY", device.get("status").asText());
        assertTrue(device.get("csr").asText().length() > 400);
        assertFalse("no key in any answer", created.body().toLowerCase().contains("private"));

        Itest.assertProblem(owner.postJson(DEVICE + "/" + deviceId + "/compliance-csid", "{\"otp\":\"12\"}"), 422,
                "validation-failed");
        Http.Answer compliance = owner.postJson(DEVICE + "/" + deviceId + "/compliance-csid", "{\"otp\":\"123345\"}");
        assertEquals(compliance.toString(), 200, compliance.status());
        assertEquals("COMPLIANCE_CSID", compliance.json().get("status").asText());
        FatooraStub.Call asked = fatoora.calls("POST", "/compliance").get(0);
        assertEquals("123345", asked.headers().get("otp"));
        assertEquals("V2", asked.headers().get("accept-version"));
        assertEquals(device.get("csr").asText(), asked.body().get("csr").asText());

        Itest.assertProblem(owner.send("POST", DEVICE + "/" + deviceId + "/production-csid", null, null), 409,
                "zatca.device-not-compliant");
        Http.Answer checked = owner.postJson(DEVICE + "/" + deviceId + "/compliance-checks", "{\"name\":\"شركة العرض "
                + "للتجارة | Demo Trading Co.\",\"crNumber\":\"1010010000\",\"street\":\"King Fahd Road\",\"buildingNumber\":"
                + "\"1234\",\"district\":\"Al Olaya\",\"city\":\"Riyadh\",\"postalCode\":\"12211\"}");
        assertEquals(checked.toString(), 200, checked.status());
        assertEquals(checked.body(), "COMPLIANT", checked.json().get("status").asText());
        List<FatooraStub.Call> checks = fatoora.calls("POST", "/compliance/invoices");
        assertEquals("invoice, credit and debit note, standard and simplified", 6, checks.size());
        String complianceAuth = fatoora.issuedAuthorizations().get(0);
        for (FatooraStub.Call check : checks) {
            assertEquals(complianceAuth, check.headers().get("authorization"));
            assertEquals(44, check.body().get("invoiceHash").asText().length());
            String xml = new String(Base64.getDecoder().decode(check.body().get("invoice").asText()), StandardCharsets.UTF_8);
            assertTrue(xml, xml.contains("<ds:SignatureValue>") && xml.contains(check.body().get("uuid").asText()));
        }

        Http.Answer live = owner.send("POST", DEVICE + "/" + deviceId + "/production-csid", null, null);
        assertEquals(live.toString(), 200, live.status());
        assertEquals("ACTIVE", live.json().get("status").asText());
        assertTrue(live.json().get("active").asBoolean());
        assertNotNull(live.json().get("certificateExpiresAt").asText(null));

        Http.Answer renewed = owner.postJson(DEVICE + "/" + deviceId + "/renewal", "{\"otp\":\"654321\"}");
        assertEquals(renewed.toString(), 200, renewed.status());
        assertEquals("PATCH", fatoora.calls("PATCH", "/production/csids").get(0).method());
        assertEquals("654321", fatoora.calls("PATCH", "/production/csids").get(0).headers().get("otp"));
        assertFalse("a new key means a new CSR", renewed.json().get("csr").asText().equals(device.get("csr").asText()));

        DataSource database = Itest.service(context, DataSource.class, "(osgi.jndi.service.name=doganhub)");
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("select private_key, compliance_secret, production_secret "
                        + "from zat_device where id = '" + deviceId + "'")) {
            assertTrue(row.next());
            for (int column = 1; column <= 3; column++) {
                String stored = row.getString(column);
                assertTrue("sealed at rest: " + stored, stored.startsWith("v1:"));
                assertFalse(stored.contains("secret"));
            }
        }
        Http.Answer elsewhere = login("platform", "operator@doganhub.local").get(DEVICE + "/" + deviceId);
        assertEquals("another tenant does not see the device", 404, elsewhere.status());
    }

    @Test
    public void t2_aHundredSimplifiedInvoicesIssuedAtOnceFormOneChainAndAreReported() throws Exception {
        Http owner = owner();
        List<String> drafts = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            drafts.add(draft(owner, "SIMPLIFIED", "Coffee " + i, null));
        }
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<Integer>> issued = new ArrayList<>();
            for (String id : drafts) {
                issued.add(pool.submit(() -> owner.send("POST", "/api/v1/finance/invoices/" + id + "/issue", null, null)
                        .status()));
            }
            for (Future<Integer> status : issued) {
                assertEquals(200, (int) status.get());
            }
        } finally {
            pool.shutdownNow();
        }
        List<JsonNode> chain = new ArrayList<>();
        for (String id : drafts) {
            chain.add(owner.get("/api/v1/finance/invoices/" + id + "/zatca").json());
        }
        chain.sort(Comparator.comparingLong(status -> status.get("counter").asLong()));
        for (int i = 0; i < chain.size(); i++) {
            JsonNode status = chain.get(i);
            assertEquals(status.toString(), deviceId, status.get("device").asText());
            assertEquals("consecutive counters", i + 1, status.get("counter").asLong());
            String expectedPrevious = i == 0 ? "NWZlY2ViNjZmZmM4NmYzOGQ5NTI3ODZjNmQ2OTZjNzljMmRiYzIzOWRkNGU5MWI0NjcyOWQ3M2EyN2ZiNTdlOQ=="
                    : chain.get(i - 1).get("invoiceHash").asText();
            assertEquals("each document chains to the one before", expectedPrevious, status.get("previousHash").asText());
            assertTrue(status.get("qr").asText().length() > 200);
        }
        waitFor("the 100 reports", () -> drafts.stream().allMatch(id -> {
            try {
                return "REPORTED".equals(owner.get("/api/v1/finance/invoices/" + id + "/zatca").json().get("state").asText());
            } catch (Exception notYet) {
                return false;
            }
        }), 120);
        List<FatooraStub.Call> reports = fatoora.calls("POST", "/invoices/reporting/single");
        assertEquals("each reported once", 100, reports.stream().map(call -> call.body().get("uuid").asText()).distinct().count());
        FatooraStub.Call report = reports.get(0);
        assertEquals("0", report.headers().get("clearance-status"));
        assertEquals("V2", report.headers().get("accept-version"));
        assertEquals("the renewed production CSID", fatoora.issuedAuthorizations().get(2),
                report.headers().get("authorization"));
        assertTrue(chain.stream().anyMatch(status -> status.get("invoiceHash").asText().equals(report.body().get("invoiceHash").asText())));
    }

    @Test
    public void t3_clearanceRejectionWarningsOutagesAndDuplicatesEndAsTheyShould() throws Exception {
        Http owner = owner();
        assertEquals(200, owner.putJson("/api/v1/tenant/branding", "{\"supportEmail\":\"finance-alerts@demo.example\"}")
                .status());
        String standard = issue(owner, draft(owner, "STANDARD", "Consulting", null));
        String rejected = issue(owner, draft(owner, "SIMPLIFIED", "REJECT-ME", null));
        String warned = issue(owner, draft(owner, "SIMPLIFIED", "WARN-ME", null));
        String flaky = issue(owner, draft(owner, "SIMPLIFIED", "FLAKY", null));
        String duplicate = issue(owner, draft(owner, "SIMPLIFIED", "DUPLICATE", null));
        waitFor("every answer recorded", () -> {
            for (String id : List.of(standard, rejected, warned, flaky, duplicate)) {
                if ("PENDING".equals(owner.get("/api/v1/finance/invoices/" + id + "/zatca").json().get("state").asText())) {
                    return false;
                }
            }
            return true;
        }, 90);
        JsonNode cleared = owner.get("/api/v1/finance/invoices/" + standard + "/zatca").json();
        assertEquals("CLEARED", cleared.get("state").asText());
        assertEquals("1", fatoora.calls("POST", "/invoices/clearance/single").get(0).headers().get("clearance-status"));
        Http.Answer xml = owner.get("/api/v1/finance/invoices/" + standard + "/zatca/xml");
        assertEquals(200, xml.status());
        assertTrue("ZATCA's stamped copy is the one kept", xml.body().contains("cleared by the stub"));
        Itest.lastMailTo("demo", "ap@alufuq.sa", 60);
        assertEquals("a standard invoice reaches the buyer once, after clearance, not at issue", 1,
                Itest.mailsTo("demo", "ap@alufuq.sa").size());

        JsonNode refused = owner.get("/api/v1/finance/invoices/" + rejected + "/zatca").json();
        assertEquals("REJECTED", refused.get("state").asText());
        assertTrue(refused.toString(), refused.get("messages").toString().contains("BR-KSA-37"));
        // the support address is also the Reply-To of invoice emails: the alert is the one carrying ZATCA's reason
        waitFor("the rejection alert", () -> Itest.mailsTo("demo", "finance-alerts@demo.example").stream()
                .map(Itest::readable).anyMatch(mail -> mail.contains("BR-KSA-37")), 60);
        String alert = Itest.mailsTo("demo", "finance-alerts@demo.example").stream().map(Itest::readable)
                .filter(mail -> mail.contains("BR-KSA-37")).findFirst().orElseThrow();
        assertTrue("the tenant is told, with the invoice's link: " + alert,
                alert.contains("https://erp.doganhub.test/finance/invoices/" + rejected));
        assertEquals("ACCEPTED_WITH_WARNINGS", owner.get("/api/v1/finance/invoices/" + warned + "/zatca").json()
                .get("state").asText());
        JsonNode retried = owner.get("/api/v1/finance/invoices/" + flaky + "/zatca").json();
        assertEquals("REPORTED", retried.get("state").asText());
        assertEquals("one failed attempt, then the report", 2, retried.get("attempts").asInt());
        assertEquals("REPORTED", owner.get("/api/v1/finance/invoices/" + duplicate + "/zatca").json().get("state").asText());

        Http.Answer other = login("platform", "operator@doganhub.local").get("/api/v1/finance/invoices/" + standard + "/zatca");
        assertTrue("no other tenant reaches it: " + other.status(), other.status() == 404 || other.status() == 403);
        JsonNode report = login("platform", "operator@doganhub.local").get("/api/v1/admin/integrations").json();
        assertTrue(report.toString(), report.toString().contains("\"zatca\""));
        assertNull("no secret in the report", report.toString().contains("production-secret") ? "leak" : null);
    }

    @Test
    public void t4_eInvoicingUninstallsAndReinstallsAtRuntimeWithoutRestartingFinanceAndTheChainGoesOn() throws Exception {
        Http owner = owner();
        long before = chainHead(owner);
        List<String> stopped = new java.util.concurrent.CopyOnWriteArrayList<>();
        org.osgi.framework.BundleListener watch = event -> {
            if (event.getType() == org.osgi.framework.BundleEvent.STOPPING) {
                stopped.add(event.getBundle().getSymbolicName());
            }
        };
        context.addBundleListener(watch);
        try {
            features.uninstallFeature("doganhub-zatca", java.util.EnumSet.of(org.apache.karaf.features.FeaturesService.Option.NoAutoRefreshBundles));
            waitFor("the device endpoints to go", () -> owner.get(DEVICE).status() == 404, 60);
            String meanwhile = issue(owner, draft(owner, "SIMPLIFIED", "Without e-invoicing", null));
            assertEquals("issued while e-invoicing is away is not e-invoiced", 404,
                    owner.get("/api/v1/finance/invoices/" + meanwhile + "/zatca").status());

            features.installFeature("doganhub-zatca", java.util.EnumSet.of(org.apache.karaf.features.FeaturesService.Option.NoAutoRefreshBundles));
            waitFor("the device endpoints to return", () -> owner.get(DEVICE).status() == 200, 90);
            String after = issue(owner, draft(owner, "SIMPLIFIED", "After reinstall", null));
            JsonNode status = owner.get("/api/v1/finance/invoices/" + after + "/zatca").json();
            assertEquals("the chain goes on where it stopped", before + 1, status.get("counter").asLong());
        } finally {
            context.removeBundleListener(watch);
        }
        assertTrue("no platform or finance bundle restarted, only e-invoicing's own: " + stopped, stopped.stream()
                .filter(name -> name.startsWith("doganhub-")).allMatch(name -> name.startsWith("doganhub-zatca")));
    }

    private static long chainHead(Http owner) throws Exception {
        return owner.get(DEVICE + "/" + deviceId).json().get("counter").asLong();
    }

    // ---------------------------------------------------------------------------------------------------------

    private static String device(String vat, String types) {
        return "{\"name\":\"Main branch POS\",\"environment\":\"sandbox\",\"commonName\":\"TST-886431145-399999999900003\","
                + "\"organizationName\":\"Demo Trading Co.\",\"organizationUnit\":\"Riyadh Branch\",\"vatNumber\":\"" + vat
                + "\",\"serialNumber\":\"1-DoganHub|2-Platform|3-pos-001\",\"invoiceTypes\":\"" + types + "\","
                + "\"location\":\"RRRD2929\",\"industry\":\"Retail\"}";
    }

    private static String draft(Http owner, String type, String description, String unused) throws Exception {
        String customer = "STANDARD".equals(type) ? ",\"customer\":{\"nameAr\":\"مؤسسة الأفق\",\"nameEn\":\"Al Ufuq Est.\","
                + "\"vatNumber\":\"310122393500003\",\"email\":\"ap@alufuq.sa\",\"address\":{\"buildingNumber\":\"5678\",\"street\":\"Prince Sultan St\","
                + "\"district\":\"Al Rawdah\",\"city\":\"Jeddah\",\"postalCode\":\"23431\"}},\"supplyDate\":\"2026-11-01\"" : "";
        Http.Answer answer = owner.postJson("/api/v1/finance/invoices", "{\"type\":\"" + type + "\"" + customer
                + ",\"lines\":[{\"description\":\"" + description + "\",\"quantity\":\"2\",\"unitPrice\":\"57.50\","
                + "\"vatCategory\":\"S\"}]}");
        assertEquals(answer.toString(), 201, answer.status());
        return answer.json().get("id").asText();
    }

    private static String issue(Http owner, String id) throws Exception {
        Http.Answer issued = owner.send("POST", "/api/v1/finance/invoices/" + id + "/issue", null, null);
        assertEquals(issued.toString(), 200, issued.status());
        return id;
    }

    private Http owner() throws Exception {
        return login("demo", "owner@demo.local");
    }

    private Http login(String tenant, String email) throws Exception {
        return http.withHeader("Authorization", "Bearer " + Itest.login(context, http, tenant, email, PASSWORD)
                .get("accessToken").asText());
    }
}
