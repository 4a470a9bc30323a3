package com.doganhub.itests;

import static com.doganhub.itests.Itest.assertProblem;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.inject.Inject;

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
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleListener;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The module registry on the booted distribution: every module listed with its state, a module installed over REST
 * into the running platform with no other bundle refreshed or restarted, used by a tenant that has it and refused to
 * one that turned it off (403, gone from its menu), uninstalled with its data kept and found again on reinstall;
 * unknown ids and uninstalling a module another one requires are refused with the reason.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class ModulesIT {

    private static final String PASSWORD = "Modules-Itest-Passw0rd";

    @Inject
    private BundleContext context;

    @Inject
    private SessionFactory shell;

    /** The partner module generated from the archetype (bundles/sample-inventory), in its own features repository. */
    private static final String INVENTORY_FEATURES = "mvn:com.doganhub/doganhub-sample-inventory-feature/"
            + System.getProperty("doganhub.version", "0.1.0-SNAPSHOT") + "/xml/features";

    private final Http http = new Http(Itest.HTTP_PORT);

    @Configuration
    public Option[] configuration() {
        return Itest.distribution(TestPostgres.createDatabase("doganhub_modules_it"),
                editConfigurationFilePut("etc/com.doganhub.identity.cfg", "bootstrap.password", PASSWORD),
                editConfigurationFilePut("etc/com.doganhub.identity.cfg", "login.max.failures.per.address", "50"));
    }

    @Before
    public void ready() throws Exception {
        Itest.waitForStatus(context, http, "/health/ready", 200, 180);
    }

    @Test
    public void t1_theRegistryListsEveryModuleAndRefusesWhatCannotBeDone() throws Exception {
        Http operator = operator();
        JsonNode modules = operator.get("/api/v1/admin/modules").json();
        Map<String, JsonNode> byId = new HashMap<>();
        modules.forEach(module -> byId.put(module.get("id").asText(), module));
        for (String id : List.of("finance", "crm", "zatca")) {
            assertEquals(id + " " + byId.get(id), "ACTIVE", byId.get(id).get("state").asText());
            assertEquals("module", byId.get(id).get("kind").asText());
        }
        assertEquals("doganhub-crm", byId.get("crm").get("feature").asText());
        assertEquals("إدارة علاقات العملاء", byId.get("crm").get("name").get("ar").asText());
        assertTrue(byId.get("crm").get("permissions").toString().contains("crm.contacts.read"));
        assertEquals("[\"finance\"]", byId.get("zatca").get("requiredModules").toString());
        assertEquals("offered, not installed", "AVAILABLE", byId.get("sample").get("state").asText());
        assertEquals("the platform's own parts", "platform", byId.get("core").get("kind").asText());

        Http.Answer unknown = operator.postJson("/api/v1/admin/modules/warehouse/install", "{}");
        assertProblem(unknown, 404, "module.unknown");
        assertTrue(unknown.body(), unknown.body().contains("crm") && unknown.body().contains("sample"));
        Http.Answer required = operator.postJson("/api/v1/admin/modules/finance/uninstall", "{}");
        assertProblem(required, 409, "module.required-by");
        assertTrue(required.body(), required.body().contains("zatca"));
        assertProblem(owner().get("/api/v1/admin/modules"), 403, "forbidden");

        String listed = Itest.shell(shell, "doganhub:module-list");
        assertTrue(listed, listed.contains("crm") && listed.contains("ACTIVE") && listed.contains("doganhub-sample-module"));
    }

    @Test
    public void t2_aPartnerModuleInstallsAtRuntimeWithoutTouchingAnyOtherBundleAndTenantsChooseAboutIt() throws Exception {
        Http operator = operator();
        assertProblem(operator.postJson("/api/v1/admin/modules/repositories", "{\"url\":\"ftp://x/features.xml\"}"),
                422, "validation-failed");
        assertProblem(operator.postJson("/api/v1/admin/modules/repositories",
                "{\"url\":\"mvn:com.acme/nothing-here/1.0/xml/features\"}"), 422, "validation-failed");
        Http.Answer offered = operator.postJson("/api/v1/admin/modules/repositories", "{\"url\":\"" + INVENTORY_FEATURES + "\"}");
        assertEquals(offered.toString(), 200, offered.status());
        assertTrue(offered.body(), offered.body().contains("\"id\":\"inventory\"") && offered.body().contains("AVAILABLE"));
        Http demo = owner();
        Http other = otherTenantOwner(operator);
        Map<Long, Long> before = new HashMap<>();
        Map<Long, Integer> states = new HashMap<>();
        for (Bundle bundle : context.getBundles()) {
            before.put(bundle.getBundleId(), bundle.getLastModified());
            states.put(bundle.getBundleId(), bundle.getState());
        }
        List<String> stopped = new CopyOnWriteArrayList<>();
        BundleListener watch = event -> {
            if (event.getType() == BundleEvent.STOPPED || event.getType() == BundleEvent.UNRESOLVED) {
                stopped.add(event.getBundle().getSymbolicName());
            }
        };
        context.addBundleListener(watch);
        JsonNode installed;
        try {
            Http.Answer answer = operator.postJson("/api/v1/admin/modules/inventory/install", "{}");
            assertEquals(answer.toString(), 200, answer.status());
            installed = answer.json();
        } finally {
            context.removeBundleListener(watch);
        }
        assertEquals("ACTIVE", installed.get("state").asText());
        assertTrue("no bundle stopped or was refreshed: " + stopped, stopped.isEmpty());
        for (Bundle bundle : context.getBundles()) {
            if (before.containsKey(bundle.getBundleId())) {
                assertEquals("untouched: " + bundle.getSymbolicName(), (long) before.get(bundle.getBundleId()),
                        bundle.getLastModified());
                assertEquals("same state: " + bundle.getSymbolicName(), (int) states.get(bundle.getBundleId()),
                        bundle.getState());
            }
        }

        // the JAX-RS whiteboard publishes the new resources a moment after the install answered
        Itest.waitFor("the inventory endpoints", () -> demo.get("/api/v1/inventory/items").status() != 404, 30);
        assertProblem(demo.get("/api/v1/inventory/items"), 403, "module.not-enabled"); // opt-in: off until enabled
        assertFalse(menu(demo).contains("inventory"));
        Http.Answer on = demo.putJson("/api/v1/tenant/modules/inventory", "{\"enabled\":true}");
        assertEquals(on.toString(), 200, on.status());
        assertTrue(on.json().get("enabled").asBoolean());
        assertEquals(201, demo.postJson("/api/v1/inventory/items", "{\"name\":\"أرز ٥ كغ\",\"quantity\":12}").status());
        assertProblem(demo.postJson("/api/v1/inventory/items", "{\"name\":\"\",\"quantity\":-1}"), 422,
                "validation-failed");
        assertTrue(menu(demo).contains("inventory"));
        Http.Answer refused = other.get("/api/v1/inventory/items");
        assertProblem(refused, 403, "module.not-enabled");
        assertFalse("not in the menu of a tenant without it", menu(other).contains("inventory"));
        assertFalse(other.get("/api/v1/me").body().contains("inventory.items.read"));
        assertEquals("the tenant that enabled it uses it", 1, demo.get("/api/v1/inventory/items").json().get("items").size());
        assertProblem(other.putJson("/api/v1/tenant/modules/core", "{\"enabled\":false}"), 404, "module.unknown");
        assertProblem(other.putJson("/api/v1/tenant/modules/inventory", "{}"), 422, "validation-failed");

        assertEquals(200, other.putJson("/api/v1/tenant/modules/crm", "{\"enabled\":false}").status());
        assertProblem(other.get("/api/v1/crm/contacts"), 403, "module.not-enabled");
        assertEquals("finance stays", 200, other.get("/api/v1/finance/accounts").status());
        assertEquals(200, demo.get("/api/v1/crm/contacts").status());
        JsonNode choices = other.get("/api/v1/tenant/modules").json();
        assertTrue(choices.toString(), choices.toString().contains("\"id\":\"crm\"") && choices.toString().contains("\"enabled\":false"));
        assertEquals(200, other.putJson("/api/v1/tenant/modules/crm", "{\"enabled\":true}").status());
        assertEquals(200, other.get("/api/v1/crm/contacts").status());
    }

    @Test
    public void t3_uninstallRemovesTheEndpointsAndKeepsTheDataForAReinstall() throws Exception {
        Http operator = operator();
        Http demo = owner();
        int items = demo.get("/api/v1/inventory/items").json().get("items").size();
        assertEquals(1, items);
        Http.Answer removed = operator.postJson("/api/v1/admin/modules/inventory/uninstall", "{}");
        assertEquals(removed.toString(), 200, removed.status());
        assertEquals("AVAILABLE", removed.json().get("state").asText());
        Itest.waitFor("the inventory endpoints to go", () -> demo.get("/api/v1/inventory/items").status() == 404, 60);
        assertFalse(menu(demo).contains("inventory"));
        assertProblem(operator.postJson("/api/v1/admin/modules/inventory/uninstall", "{}"), 409, "module.not-installed");

        String installed = Itest.shell(shell, "doganhub:module-install inventory");
        assertTrue(installed, installed.contains("ACTIVE"));
        Itest.waitForStatus(context, demo, "/api/v1/inventory/items", 200, 60);
        assertEquals("its data is where it was, and the tenant's choice too", items,
                demo.get("/api/v1/inventory/items").json().get("items").size());
    }

    @Test
    public void t4_aModuleWhoseMigrationFailsIsTakenBackAndThePlatformStaysAsItWas() throws Exception {
        Http operator = operator();
        java.nio.file.Path folder = java.nio.file.Files.createTempDirectory("broken-module");
        java.nio.file.Path jar = folder.resolve("broken.jar");
        try (java.io.InputStream bytes = BrokenSchemaBundle.jar()) {
            java.nio.file.Files.copy(bytes, jar);
        }
        java.nio.file.Path repository = folder.resolve("features.xml");
        java.nio.file.Files.writeString(repository, "<features name=\"broken-module\" "
                + "xmlns=\"http://karaf.apache.org/xmlns/features/v1.6.0\"><feature name=\"broken-module\" version=\"1.0.0\">"
                + "<capability>com.doganhub.module;id=broken</capability><bundle>" + jar.toUri() + "</bundle>"
                + "</feature></features>");
        assertEquals(200, operator.postJson("/api/v1/admin/modules/repositories", "{\"url\":\"" + repository.toUri()
                + "\"}").status());
        Map<Long, Long> before = new HashMap<>();
        for (Bundle bundle : context.getBundles()) {
            before.put(bundle.getBundleId(), bundle.getLastModified());
        }

        Http.Answer failed = operator.postJson("/api/v1/admin/modules/broken/install", "{}");
        assertProblem(failed, 409, "module.migration-failed");
        assertTrue("names the changeset: " + failed.body(), failed.body().contains("add-to-missing-table"));

        for (Bundle bundle : context.getBundles()) {
            assertFalse("taken back", bundle.getSymbolicName().equals(BrokenSchemaBundle.SYMBOLIC_NAME));
            assertEquals("untouched: " + bundle.getSymbolicName(), before.get(bundle.getBundleId()),
                    (Long) bundle.getLastModified());
        }
        assertTrue(operator.get("/api/v1/admin/modules/broken").body().contains("\"state\":\"AVAILABLE\""));
        assertEquals("the platform is as it was", 200, http.get("/health/ready").status());
        assertEquals(200, owner().get("/api/v1/crm/contacts").status());
    }

    // ---------------------------------------------------------------------------------------------------------

    private static String menu(Http caller) throws Exception {
        return caller.get("/api/v1/me").json().get("navigation").toString();
    }

    private Http operator() throws Exception {
        return login("platform", "operator@doganhub.local", PASSWORD);
    }

    private Http owner() throws Exception {
        return login("demo", "owner@demo.local", PASSWORD);
    }

    private Http otherTenantOwner(Http operator) throws Exception {
        Http.Answer created = operator.postJson("/api/v1/platform/tenants", "{\"slug\":\"albaraka\",\"nameAr\":\"البركة\","
                + "\"nameEn\":\"Al Baraka\",\"vatNumber\":\"310122393500003\",\"crNumber\":\"1010101010\",\"locale\":\"en\","
                + "\"address\":{\"buildingNumber\":\"8228\",\"street\":\"Al Urubah Rd\",\"district\":\"Al Wurud\","
                + "\"city\":\"Riyadh\",\"postalCode\":\"12643\"},\"owner\":{\"email\":\"owner@albaraka.sa\",\"name\":\"Saad\","
                + "\"password\":\"Albaraka-Owner-Pass-2026\"}}");
        assertTrue(created.toString(), created.status() == 201 || created.status() == 409);
        return login("albaraka", "owner@albaraka.sa", "Albaraka-Owner-Pass-2026");
    }

    private Http login(String tenant, String email, String password) throws Exception {
        return http.withHeader("Authorization", "Bearer " + Itest.login(context, http, tenant, email, password)
                .get("accessToken").asText());
    }
}
