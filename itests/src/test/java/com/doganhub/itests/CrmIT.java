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
 * seeing nothing, typed custom fields, CSV import (dry run, report, strict mode, limits) and CSV/XLSX export, files on
 * contacts and deals under the records' own visibility, a sweep of every CRM endpoint by another tenant, and the
 * module uninstalled and reinstalled at runtime while finance keeps serving.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class CrmIT {

    private static final String PASSWORD = "Crm-Itest-Passw0rd";
    private static String companyId;
    private static String contactId;
    private static String dealId;
    private static String taskId;
    private static String contactFileId;

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
                editConfigurationFilePut("etc/com.doganhub.integration.outbox.cfg", "pollMillis", "100"),
                editConfigurationFilePut("etc/com.doganhub.crm.cfg", "importMaxRows", "40"));
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
        taskId = task;
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

    @Test
    public void t6_customFieldsAreTypedPerTenantAndCheckedOnEveryContact() throws Exception {
        Http owner = owner();
        assertProblem(owner.putJson("/api/v1/crm/fields/Bad-Key", "{\"type\":\"text\",\"labelAr\":\"س\",\"labelEn\":\"X\"}"),
                422, "validation-failed");
        Http.Answer noOptions = owner.putJson("/api/v1/crm/fields/tier", "{\"type\":\"choice\",\"labelAr\":\"الفئة\","
                + "\"labelEn\":\"Tier\"}");
        assertProblem(noOptions, 422, "validation-failed");
        assertTrue(noOptions.body(), noOptions.body().contains("\"options\""));
        assertEquals(200, owner.putJson("/api/v1/crm/fields/tier", "{\"type\":\"choice\",\"labelAr\":\"الفئة\","
                + "\"labelEn\":\"Tier\",\"options\":[\"Gold\",\"Silver\"],\"position\":1}").status());
        assertEquals(200, owner.putJson("/api/v1/crm/fields/budget", "{\"type\":\"number\",\"labelAr\":\"الميزانية\","
                + "\"labelEn\":\"Budget\",\"position\":2}").status());
        assertEquals(200, owner.putJson("/api/v1/crm/fields/first_order", "{\"type\":\"date\",\"labelAr\":\"أول طلب\","
                + "\"labelEn\":\"First order\",\"position\":3}").status());
        assertEquals(200, owner.putJson("/api/v1/crm/fields/newsletter", "{\"type\":\"boolean\",\"labelAr\":\"النشرة\","
                + "\"labelEn\":\"Newsletter\",\"position\":4}").status());
        assertEquals(200, owner.putJson("/api/v1/crm/fields/national_id", "{\"type\":\"text\",\"labelAr\":\"الهوية\","
                + "\"labelEn\":\"National id\",\"required\":true,\"position\":5}").status());
        Http.Answer missing = owner.postJson("/api/v1/crm/contacts", "{\"nameEn\":\"Khalid\"}");
        assertProblem(missing, 422, "validation-failed");
        assertTrue(missing.body(), missing.body().contains("customFields.national_id"));
        assertEquals(204, owner.delete("/api/v1/crm/fields/national_id").status());

        Http.Answer bad = owner.postJson("/api/v1/crm/contacts", "{\"nameEn\":\"Khalid\",\"customFields\":{"
                + "\"tier\":\"Bronze\",\"budget\":\"lots\",\"first_order\":\"01/02/2026\",\"newsletter\":\"maybe\","
                + "\"shoe_size\":42}}");
        assertProblem(bad, 422, "validation-failed");
        for (String field : List.of("customFields.tier", "customFields.budget", "customFields.first_order",
                "customFields.newsletter", "customFields.shoe_size")) {
            assertTrue(field + " in " + bad.body(), bad.body().contains(field));
        }
        Http.Answer khalid = owner.postJson("/api/v1/crm/contacts", "{\"nameEn\":\"Khalid\",\"emails\":[\"khalid@najd.sa\"],"
                + "\"customFields\":{\"tier\":\"gold\",\"budget\":\"250000.50\",\"first_order\":\"2026-02-01\","
                + "\"newsletter\":true}}");
        assertEquals(khalid.toString(), 201, khalid.status());
        Http.Answer read = owner.get("/api/v1/crm/contacts/" + khalid.json().get("id").asText());
        assertTrue("the decimal as written, a string like every platform amount: " + read.body(),
                read.body().contains("\"budget\":\"250000.50\""));
        JsonNode values = read.json().get("customFields");
        assertEquals("the option as defined", "Gold", values.get("tier").asText());
        assertEquals("2026-02-01", values.get("first_order").asText());
        assertTrue(values.get("newsletter").asBoolean());
        assertProblem(owner.putJson("/api/v1/crm/fields/budget", "{\"type\":\"text\",\"labelAr\":\"الميزانية\","
                + "\"labelEn\":\"Budget\"}"), 409, "crm.field-type-in-use");
        assertEquals(List.of("tier", "budget", "first_order", "newsletter"), keys(owner.get("/api/v1/crm/fields").json()));
    }

    @Test
    public void t7_contactsImportFromCsvWithADryRunReportAndExportAsCsvAndXlsx() throws Exception {
        Http owner = owner();
        String csv = "\uFEFFالاسم,English name,E-mail,Phone,Company,Tags,Tier\r\n"
                + "سارة القحطاني,Sarah,sarah@example.sa,0551234567,Al Ufuq Trading,vip;riyadh,Silver\r\n"
                + "نورة,,not-an-email,0551234568,,,\r\n"
                + "خالد,Khalid M,Mohammed@AlUfuq.sa,,,,\r\n"
                + "ريم,Reem,SARAH@example.sa,,,,\r\n"
                + "عمر,Omar,omar@example.sa,12345,Unknown Co,,Bronze\r\n"
                + "\"هند, الشمري\",Hind,hind@example.sa;hind.work@example.sa,+966 50 765 4321,,,gold\r\n";
        int before = count(owner);

        JsonNode dry = owner.withHeader("Accept-Language", "ar").postBytes("/api/v1/crm/contacts/import?dryRun=true",
                csv.getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/csv").json();
        assertTrue(dry.toString(), dry.get("dryRun").asBoolean());
        assertEquals(dry.toString(), 6, dry.get("rows").asInt());
        assertEquals(dry.toString(), 2, dry.get("accepted").asInt());
        assertEquals(0, dry.get("created").asInt());
        assertEquals(List.of(3, 6), lines(dry.get("rejected")));
        JsonNode omar = dry.get("rejected").get(1).get("reasons");
        assertEquals(omar.toString(), List.of("Phone", "Tier", "Company"), columns(omar));
        assertTrue("reasons in the caller's language: " + omar, omar.get(0).get("message").asText().contains("رقم الهاتف"));
        assertEquals(List.of(4, 5), lines(dry.get("duplicates")));
        assertEquals("an existing contact's email, whatever its case", contactId,
                dry.get("duplicates").get(0).get("existingContactId").asText());
        assertEquals("an earlier line's", 2, dry.get("duplicates").get(1).get("sameAsLine").asInt());
        assertEquals("a dry run writes nothing", before, count(owner));

        Http.Answer strict = owner.postBytes("/api/v1/crm/contacts/import?strict=true",
                csv.getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/csv");
        assertProblem(strict, 422, "validation-failed");
        assertTrue(strict.body(), strict.body().contains("rows[3].E-mail") && strict.body().contains("rows[6].Phone"));
        assertEquals("strict: all or nothing", before, count(owner));

        JsonNode imported = owner.postBytes("/api/v1/crm/contacts/import", csv.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "text/csv").json();
        assertEquals(imported.toString(), 2, imported.get("created").asInt());
        assertEquals(before + 2, count(owner));
        JsonNode sarah = owner.get("/api/v1/crm/contacts?q=" + encode("سارة")).json().get("items").get(0);
        assertEquals("شركة الأفق للتجارة", sarah.get("companyName").asText());
        assertEquals("+966551234567", sarah.get("phones").get(0).asText());
        assertEquals("Silver", sarah.get("customFields").get("tier").asText());
        assertEquals(2, owner.get("/api/v1/crm/contacts?q=" + encode("الشمري")).json().get("items").get(0)
                .get("emails").size());
        assertEquals("imported again, they are duplicates", 0, owner.postBytes("/api/v1/crm/contacts/import",
                csv.getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/csv").json().get("created").asInt());

        StringBuilder tooLong = new StringBuilder("name,email\n");
        for (int i = 0; i < 41; i++) {
            tooLong.append("Person ").append(i).append(",p").append(i).append("@bulk.sa\n");
        }
        Http.Answer overLimit = owner.postBytes("/api/v1/crm/contacts/import", tooLong.toString().getBytes(
                java.nio.charset.StandardCharsets.UTF_8), "text/csv");
        assertProblem(overLimit, 422, "validation-failed");
        assertTrue(overLimit.body(), overLimit.body().contains("crm.import-too-many-rows") && overLimit.body().contains("40"));
        assertEquals("nothing half-imported", before + 2, count(owner));
        assertProblem(owner.postBytes("/api/v1/crm/contacts/import", "foo,bar\n1,2\n".getBytes(
                java.nio.charset.StandardCharsets.UTF_8), "text/csv"), 422, "validation-failed");

        Http.Answer export = owner.get("/api/v1/crm/contacts/export?format=csv&lang=en");
        assertEquals(export.toString(), 200, export.status());
        assertTrue(export.header("Content-Type"), export.header("Content-Type").startsWith("text/csv"));
        assertTrue(export.body(), export.body().startsWith("\uFEFFArabic name,English name,Emails,Phones,Company,Tags,"
                + "Tier,Budget,First order,Newsletter,Owner,Id,Created at\r\n"));
        assertTrue(export.body(), export.body().contains("\"هند, الشمري\",Hind,hind@example.sa; hind.work@example.sa,"));
        JsonNode again = owner.postBytes("/api/v1/crm/contacts/import?dryRun=true",
                export.body().getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/csv").json();
        assertEquals("the export reads back: " + again, 0, again.get("rejected").size());
        assertEquals(count(owner), again.get("rows").asInt());
        assertEquals(List.of("Owner", "Id", "Created at"), texts(again.get("ignoredColumns")));

        byte[] xlsx = owner.bytesOf("/api/v1/crm/contacts/export?format=xlsx&lang=ar");
        String sheet = zipEntry(xlsx, "xl/worksheets/sheet1.xml");
        assertTrue(sheet, sheet.contains("rightToLeft=\"1\"") && sheet.contains("الاسم بالعربية") && sheet.contains("سارة القحطاني"));
        Http.Answer workbook = owner.postBytes("/api/v1/crm/contacts/import", xlsx, "application/octet-stream");
        assertProblem(workbook, 422, "validation-failed");
        assertTrue(workbook.body(), workbook.body().contains("crm.import-spreadsheet"));
        assertProblem(owner.get("/api/v1/crm/contacts/export?format=pdf"), 422, "validation-failed");
    }

    @Test
    public void t8a_filesOnContactsAndDealsFollowTheRecordsOwnRules() throws Exception {
        Http owner = owner();
        byte[] quote = "%PDF-1.4\nquote for Al Ufuq\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Http.Answer up = owner.postFile("/api/v1/files", "عرض سعر.pdf", "application/pdf", quote,
                java.util.Map.of("entityType", "crm.contact", "entityId", contactId));
        assertEquals(up.toString(), 201, up.status());
        contactFileId = up.json().get("id").asText();
        JsonNode listed = owner.get("/api/v1/files?entityType=crm.contact&entityId=" + contactId).json().get("items");
        assertEquals(1, listed.size());
        assertEquals("عرض سعر.pdf", listed.get(0).get("name").asText());
        assertEquals(new String(quote, java.nio.charset.StandardCharsets.UTF_8),
                owner.get("/api/v1/files/" + contactFileId + "/content").body());
        Http.Answer nowhere = owner.postFile("/api/v1/files", "x.txt", "text/plain", quote,
                java.util.Map.of("entityType", "crm.contact", "entityId", "no-such-contact"));
        assertProblem(nowhere, 422, "validation-failed");
        assertTrue(nowhere.body(), nowhere.body().contains("entityId"));

        String dealFile = owner.postFile("/api/v1/files", "contract.pdf", "application/pdf", quote,
                java.util.Map.of("entityType", "crm.deal", "entityId", dealId)).json().get("id").asText();
        Http layla = login("demo", "layla@demo.local", "Layla-Sales-2026");
        assertEquals("a sales user sees no files of others' deals", 0,
                layla.get("/api/v1/files?entityType=crm.deal&entityId=" + dealId).json().get("items").size());
        assertProblem(layla.get("/api/v1/files/" + dealFile), 404, "not-found");
        assertFalse(layla.get("/api/v1/files").body().contains(dealFile));
        assertTrue("but the contact's file", layla.get("/api/v1/files").body().contains(contactFileId));

        String temporary = owner.postJson("/api/v1/crm/contacts", "{\"nameEn\":\"Short-lived\"}").json().get("id").asText();
        String itsFile = owner.postFile("/api/v1/files", "card.txt", "text/plain", quote,
                java.util.Map.of("entityType", "crm.contact", "entityId", temporary)).json().get("id").asText();
        assertEquals(204, owner.delete("/api/v1/crm/contacts/" + temporary).status());
        assertProblem(owner.get("/api/v1/files/" + itsFile), 404, "not-found");
    }

    @Test
    public void t8b_anotherTenantReachesNoCrmRecordThroughAnyEndpoint() throws Exception {
        Http other = login("alnoor", "owner@alnoor.sa", "Alnoor-Owner-Pass-2026");
        String pipeline = "default-" + tenantId(owner());
        List<String[]> calls = List.of(
                new String[] { "GET", "/api/v1/crm/contacts/" + contactId, null },
                new String[] { "PUT", "/api/v1/crm/contacts/" + contactId, "{\"nameEn\":\"Taken\"}" },
                new String[] { "DELETE", "/api/v1/crm/contacts/" + contactId, null },
                new String[] { "POST", "/api/v1/crm/contacts/" + contactId + "/emails", "{\"subject\":\"Hi\",\"body\":\"Hi\"}" },
                new String[] { "GET", "/api/v1/crm/companies/" + companyId, null },
                new String[] { "PUT", "/api/v1/crm/companies/" + companyId, "{\"nameEn\":\"Taken\"}" },
                new String[] { "DELETE", "/api/v1/crm/companies/" + companyId, null },
                new String[] { "GET", "/api/v1/crm/deals/" + dealId, null },
                new String[] { "PUT", "/api/v1/crm/deals/" + dealId, "{\"title\":\"Taken\",\"amount\":\"1\"}" },
                new String[] { "POST", "/api/v1/crm/deals/" + dealId + "/move", "{\"stageId\":\"x\"}" },
                new String[] { "GET", "/api/v1/crm/deals/" + dealId + "/history", null },
                new String[] { "GET", "/api/v1/crm/pipelines/" + pipeline + "/summary", null },
                new String[] { "GET", "/api/v1/crm/activities?entityType=contact&entityId=" + contactId, null },
                new String[] { "GET", "/api/v1/crm/activities?entityType=deal&entityId=" + dealId, null },
                new String[] { "POST", "/api/v1/crm/activities", "{\"type\":\"note\",\"entityType\":\"contact\",\"entityId\":\""
                        + contactId + "\",\"title\":\"Mine now\"}" },
                new String[] { "PUT", "/api/v1/crm/activities/" + taskId + "/done", "{\"done\":false}" },
                new String[] { "GET", "/api/v1/files/" + contactFileId, null },
                new String[] { "GET", "/api/v1/files/" + contactFileId + "/content", null },
                new String[] { "DELETE", "/api/v1/files/" + contactFileId, null },
                new String[] { "DELETE", "/api/v1/crm/fields/tier", null });
        for (String[] call : calls) {
            Http.Answer answer = other.send(call[0], call[1], call[2], call[2] == null ? null : "application/json");
            assertEquals(call[0] + " " + call[1] + ": " + answer, 404, answer.status());
        }
        assertProblem(other.postFile("/api/v1/files", "x.txt", "text/plain", new byte[] { 'x' },
                java.util.Map.of("entityType", "crm.contact", "entityId", contactId)), 422, "validation-failed");
        assertProblem(other.postJson("/api/v1/crm/deals", "{\"title\":\"Mine\",\"contactId\":\"" + contactId + "\"}"),
                422, "validation-failed");
        for (String list : List.of("/api/v1/crm/contacts", "/api/v1/crm/companies", "/api/v1/crm/deals",
                "/api/v1/crm/activities/overdue", "/api/v1/crm/fields", "/api/v1/crm/pipelines",
                "/api/v1/crm/contacts/export?lang=en", "/api/v1/files?entityType=crm.contact&entityId=" + contactId)) {
            String body = other.get(list).body();
            for (String theirs : List.of(contactId, companyId, dealId, taskId, contactFileId, "mohammed@alufuq.sa", "Tier")) {
                assertFalse(list + " shows " + theirs, body.contains(theirs));
            }
        }
        JsonNode ownImport = other.postBytes("/api/v1/crm/contacts/import?dryRun=true", ("name,email\nMohammed,"
                + "mohammed@alufuq.sa\n").getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/csv").json();
        assertEquals("another tenant's emails are no duplicates here", 1, ownImport.get("accepted").asInt());
        assertEquals(200, owner().get("/api/v1/crm/contacts/" + contactId).status());
        assertEquals(200, owner().get("/api/v1/files/" + contactFileId).status());
    }

    // ---------------------------------------------------------------------------------------------------------

    private static int count(Http owner) throws Exception {
        int total = 0;
        String cursor = null;
        do {
            JsonNode page = owner.get("/api/v1/crm/contacts?limit=100" + (cursor == null ? "" : "&cursor=" + cursor)).json();
            total += page.get("items").size();
            cursor = page.path("nextCursor").isTextual() ? page.get("nextCursor").asText() : null;
        } while (cursor != null);
        return total;
    }

    private static List<Integer> lines(JsonNode rows) {
        List<Integer> lines = new ArrayList<>();
        rows.forEach(row -> lines.add(row.get("line").asInt()));
        return lines;
    }

    private static List<String> columns(JsonNode reasons) {
        List<String> columns = new ArrayList<>();
        reasons.forEach(reason -> columns.add(reason.get("column").asText()));
        return columns;
    }

    private static List<String> keys(JsonNode fields) {
        List<String> keys = new ArrayList<>();
        fields.forEach(field -> keys.add(field.get("key").asText()));
        return keys;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(text -> texts.add(text.asText()));
        return texts;
    }

    private static String zipEntry(byte[] zip, String name) throws Exception {
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (java.util.zip.ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals(name)) {
                    return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError(name + " is not in the workbook");
    }

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
