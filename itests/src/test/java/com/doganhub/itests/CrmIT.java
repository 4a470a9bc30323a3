package com.doganhub.itests;

import static com.doganhub.itests.Itest.assertProblem;
import static com.doganhub.itests.Itest.waitFor;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.inject.Inject;

import org.apache.karaf.features.FeaturesService;
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
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleListener;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The CRM on the booted distribution (PostgreSQL): contacts and companies with their checks and Arabic-aware search,
 * pipelines with stage moves, history and weighted totals, sales users seeing only their own deals, another tenant
 * seeing nothing, and the module uninstalled and reinstalled at runtime while finance keeps serving.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class CrmIT {

    private static final String PASSWORD = "Crm-Itest-Passw0rd";
    private static String companyId;
    private static String contactId;
    private static String dealId;

    @Inject
    private BundleContext context;

    @Inject
    private FeaturesService features;

    private final Http http = new Http(Itest.HTTP_PORT);

    private static final int SMTP_PORT = 3027;
    /** Inside the container, for as long as it runs (Pax Exam runs class fixtures around every method there). */
    private static com.icegreen.greenmail.util.GreenMail greenMail;

    @Configuration
    public Option[] configuration() {
        return Itest.distribution(TestPostgres.createDatabase("doganhub_crm_it"),
                org.ops4j.pax.exam.CoreOptions.mavenBundle("com.icegreen", "greenmail", System.getProperty("greenmail.version")),
                editConfigurationFilePut("etc/com.doganhub.identity.cfg", "bootstrap.password", PASSWORD),
                editConfigurationFilePut("etc/com.doganhub.identity.cfg", "login.max.failures.per.address", "50"),
                editConfigurationFilePut("etc/com.doganhub.email.smtp.cfg", "host", "127.0.0.1"),
                editConfigurationFilePut("etc/com.doganhub.email.smtp.cfg", "port", String.valueOf(SMTP_PORT)),
                editConfigurationFilePut("etc/com.doganhub.email.smtp.cfg", "security", "none"),
                editConfigurationFilePut("etc/com.doganhub.email.smtp.cfg", "username", "mailer"),
                editConfigurationFilePut("etc/com.doganhub.email.smtp.cfg", "password", "Crm-Smtp-Pass"),
                editConfigurationFilePut("etc/com.doganhub.integration.outbox.cfg", "pollMillis", "100"));
    }

    @Before
    public void ready() throws Exception {
        Itest.waitForStatus(context, http, "/health/ready", 200, 180);
        synchronized (CrmIT.class) {
            if (greenMail == null) {
                greenMail = new com.icegreen.greenmail.util.GreenMail(new com.icegreen.greenmail.util.ServerSetup(
                        SMTP_PORT, "127.0.0.1", com.icegreen.greenmail.util.ServerSetup.PROTOCOL_SMTP))
                        .withConfiguration(com.icegreen.greenmail.configuration.GreenMailConfiguration.aConfig()
                                .withUser("mailer@doganhub.test", "mailer", "Crm-Smtp-Pass"));
                greenMail.start();
            }
        }
    }

    @Test
    public void t1_contactsAndCompaniesAreCheckedAndFoundHoweverTheirNamesAreTyped() throws Exception {
        Http owner = owner();
        Http.Answer badCompany = owner.postJson("/api/v1/crm/companies", "{\"nameEn\":\"X\",\"vatNumber\":\"123\","
                + "\"crNumber\":\"12\"}");
        assertProblem(badCompany, 422, "validation-failed");
        assertTrue(badCompany.body(), badCompany.body().contains("vatNumber") && badCompany.body().contains("crNumber"));
        Http.Answer company = owner.postJson("/api/v1/crm/companies", "{\"nameAr\":\"شركة الأفق للتجارة\","
                + "\"nameEn\":\"Al Ufuq Trading\",\"vatNumber\":\"310122393500003\",\"crNumber\":\"1010101010\","
                + "\"buildingNumber\":\"5678\",\"street\":\"Prince Sultan St\",\"district\":\"Al Rawdah\","
                + "\"city\":\"Jeddah\",\"postalCode\":\"23431\",\"industry\":\"Retail\"}");
        assertEquals(company.toString(), 201, company.status());
        companyId = company.json().get("id").asText();

        Http.Answer bad = owner.postJson("/api/v1/crm/contacts", "{\"nameAr\":\"سارة\",\"emails\":[\"sara@\"],"
                + "\"phones\":[\"12345\"]}");
        assertProblem(bad, 422, "validation-failed");
        assertTrue(bad.body(), bad.body().contains("emails[0]") && bad.body().contains("phones[0]"));
        assertProblem(owner.postJson("/api/v1/crm/contacts", "{\"nameAr\":\"سارة\",\"companyId\":\"nope\"}"), 422,
                "validation-failed");

        Http.Answer contact = owner.postJson("/api/v1/crm/contacts", "{\"nameAr\":\"مُحَمَّد الأحمدي\","
                + "\"nameEn\":\"Mohammed Al-Ahmadi\",\"emails\":[\"Mohammed@AlUfuq.sa\",\"m.ahmadi@gmail.com\"],"
                + "\"phones\":[\"050 123 4567\"],\"companyId\":\"" + companyId + "\",\"tags\":[\"VIP\",\"jeddah\"]}");
        assertEquals(contact.toString(), 201, contact.status());
        JsonNode created = contact.json();
        contactId = created.get("id").asText();
        assertEquals("+966501234567", created.get("phones").get(0).asText());
        assertEquals("mohammed@alufuq.sa", created.get("emails").get(0).asText());
        assertEquals("شركة الأفق للتجارة", created.get("companyName").asText());
        assertEquals(List.of("vip", "jeddah"), List.of(created.get("tags").get(0).asText(), created.get("tags").get(1).asText()));
        assertEquals(201, owner.postJson("/api/v1/crm/contacts", "{\"nameAr\":\"فاطمة الزهراني\",\"nameEn\":\"Fatimah\"}")
                .status());

        for (String query : List.of("محمد", "الاحمدي", "mohammed", "AHMADI", "m.ahmadi@gmail", "0501234567",
                "+966501234567")) {
            JsonNode found = owner.get("/api/v1/crm/contacts?q=" + encode(query)).json().get("items");
            assertEquals("search " + query, 1, found.size());
            assertEquals(contactId, found.get(0).get("id").asText());
        }
        assertEquals("ta marbuta or ha", 1, owner.get("/api/v1/crm/contacts?q=" + encode("فاطمه")).json().get("items").size());
        assertEquals(1, owner.get("/api/v1/crm/contacts?tag=vip").json().get("items").size());
        assertEquals(0, owner.get("/api/v1/crm/contacts?q=" + encode("50%")).json().get("items").size());
        assertEquals(1, owner.get("/api/v1/crm/companies?q=" + encode("الافق")).json().get("items").size());
        assertEquals(1, owner.get("/api/v1/crm/contacts?limit=1").json().get("items").size());
        assertProblem(owner.send("DELETE", "/api/v1/crm/companies/" + companyId, null, null), 409, "crm.company-in-use");
    }

    @Test
    public void t2_dealsMoveThroughTheirPipelineWithHistoryAndWeightedTotals() throws Exception {
        Http owner = owner();
        JsonNode pipelines = owner.get("/api/v1/crm/pipelines").json();
        assertEquals(pipelines.toString(), 1, pipelines.size());
        JsonNode sales = pipelines.get(0);
        assertTrue(sales.get("isDefault").asBoolean());
        List<String> stages = new ArrayList<>();
        sales.get("stages").forEach(stage -> stages.add(stage.get("id").asText()));
        assertEquals(6, stages.size());

        Http.Answer badPipeline = owner.postJson("/api/v1/crm/pipelines", "{\"nameEn\":\"Renewals\",\"stages\":["
                + "{\"nameEn\":\"Due\",\"probability\":50},{\"nameEn\":\"Renewed\",\"probability\":90,\"won\":true}]}");
        assertProblem(badPipeline, 422, "validation-failed");
        assertTrue(badPipeline.body(), badPipeline.body().contains("stages[1].probability"));
        Http.Answer renewals = owner.postJson("/api/v1/crm/pipelines", "{\"nameAr\":\"التجديدات\",\"nameEn\":\"Renewals\","
                + "\"stages\":[{\"nameEn\":\"Due\",\"probability\":50},{\"nameEn\":\"Renewed\",\"probability\":100,"
                + "\"won\":true},{\"nameEn\":\"Churned\",\"probability\":0,\"lost\":true}]}");
        assertEquals(renewals.toString(), 201, renewals.status());
        String otherStage = renewals.json().get("stages").get(0).get("id").asText();

        assertProblem(owner.postJson("/api/v1/crm/deals", "{\"title\":\"POS rollout\",\"amount\":\"-1\"}"), 422,
                "validation-failed");
        dealId = owner.postJson("/api/v1/crm/deals", "{\"title\":\"POS rollout\",\"amount\":\"10000.00\","
                + "\"expectedCloseDate\":\"2026-12-31\",\"contactId\":\"" + contactId + "\",\"companyId\":\""
                + companyId + "\"}").json().get("id").asText();
        String second = owner.postJson("/api/v1/crm/deals", "{\"title\":\"Training\",\"amount\":\"2500.50\"}")
                .json().get("id").asText();

        assertEquals(200, owner.postJson("/api/v1/crm/deals/" + dealId + "/move", "{\"stageId\":\"" + stages.get(2) + "\"}").status());
        assertEquals(200, owner.postJson("/api/v1/crm/deals/" + dealId + "/move", "{\"stageId\":\"" + stages.get(3) + "\"}").status());
        Http.Answer elsewhere = owner.postJson("/api/v1/crm/deals/" + dealId + "/move", "{\"stageId\":\"" + otherStage + "\"}");
        assertProblem(elsewhere, 422, "validation-failed");
        assertTrue(elsewhere.body(), elsewhere.body().contains("crm.stage-other-pipeline"));
        assertProblem(owner.postJson("/api/v1/crm/deals/" + second + "/move", "{\"stageId\":\"" + stages.get(5) + "\"}"),
                422, "validation-failed");
        assertEquals(200, owner.postJson("/api/v1/crm/deals/" + second + "/move", "{\"stageId\":\"" + stages.get(5)
                + "\",\"lostReason\":\"Budget moved to 2027\"}").status());

        JsonNode history = owner.get("/api/v1/crm/deals/" + dealId + "/history").json();
        assertEquals(history.toString(), 3, history.size());
        assertTrue(history.get(0).get("fromStageId").isNull());
        assertEquals(stages.get(2), history.get(2).get("fromStageId").asText());
        assertEquals(stages.get(3), history.get(2).get("toStageId").asText());
        assertEquals("Budget moved to 2027", owner.get("/api/v1/crm/deals/" + second).json().get("lostReason").asText());

        JsonNode summary = owner.get("/api/v1/crm/pipelines/" + sales.get("id").asText() + "/summary").json();
        JsonNode negotiation = summary.get("stages").get(3);
        assertEquals(1, negotiation.get("deals").asInt());
        assertEquals("10000.00", negotiation.get("amounts").get(0).get("total").asText());
        assertEquals("weighted by 75 %", "7500.00", negotiation.get("amounts").get(0).get("weighted").asText());
        assertEquals("lost deals are not open", "7500.00", summary.get("open").get(0).get("weighted").asText());
    }

    @Test
    public void t3_salesUsersSeeTheirOwnDealsAndOtherTenantsNothing() throws Exception {
        Http owner = owner();
        assertEquals(201, owner.postJson("/api/v1/users", "{\"email\":\"layla@demo.local\",\"name\":\"Layla\","
                + "\"password\":\"Layla-Sales-2026\",\"roles\":[\"sales\"],\"locale\":\"en\"}").status());
        Http layla = login("demo", "layla@demo.local", "Layla-Sales-2026");
        String own = layla.postJson("/api/v1/crm/deals", "{\"title\":\"Layla's lead\",\"amount\":\"400\"}").json()
                .get("id").asText();
        JsonNode seen = layla.get("/api/v1/crm/deals").json().get("items");
        assertEquals(seen.toString(), 1, seen.size());
        assertEquals(own, seen.get(0).get("id").asText());
        assertProblem(layla.get("/api/v1/crm/deals/" + dealId), 404, "not-found");
        assertProblem(layla.postJson("/api/v1/crm/deals/" + dealId + "/move", "{\"stageId\":\"x\"}"), 404, "not-found");
        assertTrue(layla.get("/api/v1/crm/pipelines/default-" + tenantId(owner) + "/summary").json()
                .get("onlyOwnDeals").asBoolean());
        assertEquals("the owner sees everyone's", 3, owner.get("/api/v1/crm/deals").json().get("items").size());
        assertEquals("sales may read contacts", 200, layla.get("/api/v1/crm/contacts").status());

        Http operator = login("platform", "operator@doganhub.local", PASSWORD);
        assertEquals(201, operator.postJson("/api/v1/platform/tenants", "{\"slug\":\"alnoor\",\"nameAr\":\"النور\","
                + "\"nameEn\":\"Al Noor\",\"vatNumber\":\"310122393500003\",\"crNumber\":\"1010101010\",\"locale\":\"en\","
                + "\"address\":{\"buildingNumber\":\"8228\",\"street\":\"Al Urubah Rd\",\"district\":\"Al Wurud\","
                + "\"city\":\"Riyadh\",\"postalCode\":\"12643\"},\"owner\":{\"email\":\"owner@alnoor.sa\",\"name\":\"Noura\","
                + "\"password\":\"Alnoor-Owner-Pass-2026\"}}").status());
        Http other = login("alnoor", "owner@alnoor.sa", "Alnoor-Owner-Pass-2026");
        for (String path : List.of("/api/v1/crm/contacts/" + contactId, "/api/v1/crm/companies/" + companyId,
                "/api/v1/crm/deals/" + dealId, "/api/v1/crm/deals/" + dealId + "/history")) {
            assertProblem(other.get(path), 404, "not-found");
        }
        assertProblem(other.putJson("/api/v1/crm/contacts/" + contactId, "{\"nameEn\":\"Taken\"}"), 404, "not-found");
        assertProblem(other.send("DELETE", "/api/v1/crm/companies/" + companyId, null, null), 404, "not-found");
        assertProblem(other.postJson("/api/v1/crm/deals/" + dealId + "/move", "{\"stageId\":\"x\"}"), 404, "not-found");
        assertProblem(other.postJson("/api/v1/crm/contacts", "{\"nameEn\":\"Mine\",\"companyId\":\"" + companyId + "\"}"),
                422, "validation-failed");
        assertProblem(other.get("/api/v1/crm/pipelines/default-" + tenantId(owner) + "/summary"), 404, "not-found");
        assertEquals(0, other.get("/api/v1/crm/contacts?q=" + encode("محمد")).json().get("items").size());
        assertEquals(0, other.get("/api/v1/crm/deals").json().get("items").size());
        assertEquals(0, other.get("/api/v1/crm/companies").json().get("items").size());
    }

    @Test
    public void t9_theModuleUninstallsAndReinstallsWhileFinanceKeepsServing() throws Exception {
        Http owner = owner();
        int contacts = owner.get("/api/v1/crm/contacts").json().get("items").size();
        List<String> stopped = new CopyOnWriteArrayList<>();
        BundleListener watch = event -> {
            if (event.getType() == BundleEvent.STOPPING) {
                stopped.add(event.getBundle().getSymbolicName());
            }
        };
        context.addBundleListener(watch);
        try {
            features.uninstallFeature("doganhub-crm", EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
            waitFor("the CRM endpoints to go", () -> owner.get("/api/v1/crm/contacts").status() == 404, 60);
            assertEquals("finance keeps serving", 200, owner.get("/api/v1/finance/accounts").status());
            assertFalse(owner.get("/api/v1/me").body().contains("crm.contacts.read"));

            features.installFeature("doganhub-crm", EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
            waitFor("the CRM endpoints to return", () -> owner.get("/api/v1/crm/contacts").status() == 200, 90);
        } finally {
            context.removeBundleListener(watch);
        }
        assertEquals("its data is where it was", contacts, owner.get("/api/v1/crm/contacts").json().get("items").size());
        assertTrue("only the CRM stopped: " + stopped, stopped.stream().filter(name -> name.startsWith("doganhub-"))
                .allMatch(name -> name.startsWith("doganhub-crm")));
    }

    @Test
    public void t5_activitiesAndEmailToAContactReachTheirPlaceInTheTenantsBranding() throws Exception {
        Http owner = owner();
        Itest.assertProblem(owner.postJson("/api/v1/crm/activities", "{\"type\":\"task\",\"entityType\":\"contact\","
                + "\"entityId\":\"" + contactId + "\",\"title\":\"Call back\"}"), 422, "validation-failed");
        Itest.assertProblem(owner.postJson("/api/v1/crm/activities", "{\"type\":\"visit\",\"entityType\":\"planet\","
                + "\"entityId\":\"x\",\"title\":\"?\"}"), 422, "validation-failed");
        String task = owner.postJson("/api/v1/crm/activities", "{\"type\":\"task\",\"entityType\":\"contact\","
                + "\"entityId\":\"" + contactId + "\",\"title\":\"Send the revised quote\",\"dueDate\":\"2026-01-15\"}")
                .json().get("id").asText();
        assertEquals(201, owner.postJson("/api/v1/crm/activities", "{\"type\":\"meeting\",\"entityType\":\"deal\","
                + "\"entityId\":\"" + dealId + "\",\"title\":\"Demo at their office\"}").status());
        JsonNode overdue = owner.get("/api/v1/crm/activities/overdue").json();
        assertEquals(overdue.toString(), task, overdue.get(0).get("id").asText());
        assertEquals(200, owner.putJson("/api/v1/crm/activities/" + task + "/done", "{\"done\":true}").status());
        assertEquals(0, owner.get("/api/v1/crm/activities/overdue").json().size());
        Http layla = login("demo", "layla@demo.local", "Layla-Sales-2026");
        Itest.assertProblem(layla.get("/api/v1/crm/activities?entityType=deal&entityId=" + dealId), 404, "not-found");

        Http operator = login("platform", "operator@doganhub.local", PASSWORD);
        assertEquals(200, operator.putJson("/api/v1/admin/providers/email", "{\"chain\":[\"smtp\"]}").status());
        assertEquals(200, owner.putJson("/api/v1/tenant/branding", "{\"displayNameAr\":\"تجارة العرض\","
                + "\"displayNameEn\":\"Demo Trading\",\"supportEmail\":\"sales@demo.example\"}").status());
        Itest.assertProblem(owner.postJson("/api/v1/crm/contacts/" + contactId + "/emails", "{\"subject\":\"Quote\","
                + "\"body\":\"Hello\",\"to\":\"stranger@else.where\"}"), 422, "validation-failed");
        Http.Answer sent = owner.postJson("/api/v1/crm/contacts/" + contactId + "/emails", "{\"subject\":\"عرض السعر المحدّث\","
                + "\"body\":\"نرفق لكم عرض السعر بعد التعديلات.\"}");
        assertEquals(sent.toString(), 201, sent.status());
        assertEquals("EMAIL", sent.json().get("type").asText());
        assertTrue(sent.json().get("messageId").asText().contains("@doganhub"));

        waitFor("the message in GreenMail", () -> greenMail.getReceivedMessages().length == 1, 60);
        jakarta.mail.internet.MimeMessage received = greenMail.getReceivedMessages()[0];
        assertEquals("عرض السعر المحدّث", received.getSubject());
        assertEquals("mohammed@alufuq.sa", ((jakarta.mail.internet.InternetAddress) received.getAllRecipients()[0]).getAddress());
        assertEquals("sales@demo.example", ((jakarta.mail.internet.InternetAddress) received.getReplyTo()[0]).getAddress());
        String text = Itest.readable(com.icegreen.greenmail.util.GreenMailUtil.getWholeMessage(received));
        assertTrue(text, text.contains("نرفق لكم عرض السعر") && text.contains("تجارة العرض"));
        waitFor("the email activity to show it sent", () -> {
            JsonNode activities = owner.get("/api/v1/crm/activities?entityType=contact&entityId=" + contactId).json();
            for (JsonNode activity : activities) {
                if ("EMAIL".equals(activity.get("type").asText())) {
                    return "SENT".equals(activity.path("delivery").path("state").asText());
                }
            }
            return false;
        }, 30);
    }

    // ---------------------------------------------------------------------------------------------------------

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String tenantId(Http owner) throws Exception {
        return owner.get("/api/v1/me").json().get("tenant").get("id").asText();
    }

    private Http owner() throws Exception {
        return login("demo", "owner@demo.local", PASSWORD);
    }

    private Http login(String tenant, String email, String password) throws Exception {
        return http.withHeader("Authorization", "Bearer " + Itest.login(context, http, tenant, email, password)
                .get("accessToken").asText());
    }
}
