package com.doganhub.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static com.doganhub.itests.Itest.assertProblem;
import static com.doganhub.itests.Itest.waitFor;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.EnumSet;
import java.util.Hashtable;
import java.util.List;

import javax.inject.Inject;
import javax.sql.DataSource;

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
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

import com.doganhub.platform.api.RequestAuthenticator;
import com.doganhub.platform.persistence.api.MigrationState;
import com.doganhub.platform.persistence.api.SchemaMigrations;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Boots the assembled distribution once against a fresh PostgreSQL database and checks the foundation end to end:
 * wiring, migrations, JSON, problem+json, tenant isolation, a bundle restart and a database outage.
 * The methods run in name order; the last ones disturb the runtime on purpose.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class PlatformFoundationIT {

    private static final String SAMPLE_FEATURE = "doganhub-sample-module";
    private static boolean prepared;

    @Inject
    private BundleContext context;

    @Inject
    private FeaturesService features;

    @Inject
    private ServiceComponentRuntime scr;

    @Inject
    private ConfigurationAdmin configurationAdmin;

    private final Http http = new Http(Itest.HTTP_PORT);
    private final Http alnoor = http.withHeader("Authorization", TestAuthenticator.SCHEME + "alnoor");
    private final Http demo = http.withHeader("Authorization", TestAuthenticator.SCHEME + "demo");

    @Configuration
    public Option[] configuration() {
        String database = TestPostgres.createDatabase("doganhub_it");
        return Itest.distribution(database);
    }

    @Before
    public void prepareOnce() throws Exception {
        if (prepared) {
            return;
        }
        context.registerService(RequestAuthenticator.class, new TestAuthenticator(), new Hashtable<>());
        features.installFeature(SAMPLE_FEATURE, EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        waitForStatus(alnoor, "/api/v1/sample/notes", 200, 120);
        prepared = true;
    }

    @Test
    public void t1_everyBundleIsActiveAndEveryComponentSatisfied() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Bundle bundle : context.getBundles()) {
            boolean fragment = bundle.getHeaders().get(Constants.FRAGMENT_HOST) != null;
            if (!fragment && bundle.getState() != Bundle.ACTIVE) {
                problems.add(bundle.getSymbolicName() + " is in state " + bundle.getState());
            }
        }
        int components = 0;
        for (ComponentDescriptionDTO description : scr.getComponentDescriptionDTOs()) {
            if (!description.bundle.symbolicName.startsWith("doganhub-")) {
                continue;
            }
            components++;
            for (ComponentConfigurationDTO configuration : scr.getComponentConfigurationDTOs(description)) {
                if (configuration.state != ComponentConfigurationDTO.ACTIVE
                        && configuration.state != ComponentConfigurationDTO.SATISFIED) {
                    problems.add(description.name + " is not satisfied (state " + configuration.state + ")");
                }
            }
        }
        assertTrue("problems: " + problems, problems.isEmpty());
        assertTrue("our bundles declare DS components, found " + components, components >= 15);
    }

    @Test
    public void t2_liveAndReadyOnPostgres() throws Exception {
        waitForStatus(http, "/health", 200, 30);
        Http.Answer live = http.get("/health");
        assertEquals(200, live.status());
        assertEquals("UP", live.json().get("status").asText());

        waitForStatus(http, "/health/ready", 200, 30);
        Http.Answer ready = http.get("/health/ready");
        JsonNode checks = ready.json().get("checks");
        List<String> names = new ArrayList<>();
        checks.forEach(check -> names.add(check.get("name").asText()));
        assertEquals("checks are sorted by name", List.of("accounts", "api", "boot", "database", "integrations", "migrations", "persistence-units"), names);
        checks.forEach(check -> assertTrue(check.toString(), check.get("ready").asBoolean()));
        assertTrue(checks.get(3).get("detail").asText(), checks.get(3).get("detail").asText().startsWith("PostgreSQL"));
        assertNotNull(http.get("/health/ready").header("X-Request-Id"));

        JsonNode index = http.get("/api/v1").json();
        assertEquals("v1", index.get("apiVersion").asText());
        JsonNode sampleModule = null;
        for (JsonNode module : index.get("modules")) {
            if (module.get("id").asText().equals("sample")) {
                sampleModule = module;
            }
        }
        assertNotNull(index.toString(), sampleModule);
        assertEquals("وحدة تجريبية", sampleModule.get("name").get("ar").asText());

        Http.Answer metrics = http.get("/metrics");
        assertEquals(200, metrics.status());
        assertTrue(metrics.header("Content-Type"), metrics.header("Content-Type").startsWith("text/plain"));
        assertTrue(metrics.body(), metrics.body().contains("doganhub_readiness_up{check=\"database\"} 1"));
        assertTrue(metrics.body(), metrics.body().lines().anyMatch(line -> line.startsWith("jvm_memory_used_bytes{")
                && line.contains("area=\"heap\"")));
        // Micrometer's request histogram, by route template, for the readiness calls made above.
        assertTrue(metrics.body(), metrics.body().lines().anyMatch(line -> line.startsWith("http_server_requests_seconds_bucket{")
                && line.contains("route=\"/health/ready\"") && line.contains("status=\"200\"")));
        assertTrue(metrics.body(), metrics.body().lines().anyMatch(line -> line.startsWith("doganhub_db_pool_connections{")
                && line.contains("state=\"active\"")));
        assertEquals(metrics.body(), metrics.body().lines().filter(line -> line.startsWith("# TYPE ")).count(),
                metrics.body().lines().filter(line -> line.startsWith("# TYPE ")).distinct().count());
    }

    @Test
    public void t3_theModuleSchemaIsMigratedAndRecorded() throws Exception {
        SchemaMigrations migrations = service(SchemaMigrations.class, null);
        MigrationState sample = migrations.states().stream()
                .filter(state -> state.bundle().equals("doganhub-sample-module")).findFirst().orElseThrow();
        assertEquals(MigrationState.Status.APPLIED, sample.status());
        assertEquals("doganhub-sample-module/db/changelog.xml", sample.changelog());

        DataSource dataSource = service(DataSource.class, "(osgi.jndi.service.name=doganhub)");
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            assertEquals("PostgreSQL", connection.getMetaData().getDatabaseProductName());
            try (ResultSet rows = statement.executeQuery(
                    "select id, filename from core_schema_changelog where filename like 'doganhub-sample-module/%'")) {
                assertTrue("the changeset is recorded under the bundle's name", rows.next());
                assertEquals("smp-note-1", rows.getString(1));
            }
            try (ResultSet rows = statement.executeQuery(
                    "select column_name from information_schema.columns where table_name = 'smp_note' and column_name = 'tenant_id'")) {
                assertTrue("smp_note carries the tenant discriminator", rows.next());
            }
        }
    }

    @Test
    public void t4_jsonRoundTripKeepsArabicDecimalsAndDates() throws Exception {
        Http.Answer created = alnoor.postJson("/api/v1/sample/notes",
                "{\"title\":\"دفعة مقدمة — شركة النور\",\"amount\":\"1150.50\",\"currency\":\"SAR\",\"dueDate\":\"2026-12-31\"}");
        assertEquals(created.body(), 201, created.status());
        String id = created.json().get("id").asText();
        assertTrue(created.header("Location"), created.header("Location").endsWith("/api/v1/sample/notes/" + id));

        JsonNode note = alnoor.get("/api/v1/sample/notes/" + id).json();
        assertEquals("دفعة مقدمة — شركة النور", note.get("title").asText());
        assertTrue("amounts travel as strings", note.get("amount").isTextual());
        assertEquals("1150.50", note.get("amount").asText());
        assertEquals("SAR", note.get("currency").asText());
        assertEquals("2026-12-31", note.get("dueDate").asText());
        assertTrue(note.get("createdAt").asText(), note.get("createdAt").asText().matches("\\d{4}-\\d\\d-\\d\\dT.*Z"));

        JsonNode page = alnoor.get("/api/v1/sample/notes?limit=10").json();
        assertEquals(id, page.get("items").get(0).get("id").asText());
        assertTrue(page.get("nextCursor") == null || page.get("nextCursor").isNull());
    }

    @Test
    public void t5_tenantsNeverSeeEachOthersRows() throws Exception {
        String alnoorNote = alnoor.postJson("/api/v1/sample/notes",
                "{\"title\":\"سرية\",\"amount\":\"10.00\",\"currency\":\"SAR\"}").json().get("id").asText();
        demo.postJson("/api/v1/sample/notes", "{\"title\":\"demo note\",\"amount\":\"1.00\",\"currency\":\"SAR\"}");

        Http.Answer read = demo.get("/api/v1/sample/notes/" + alnoorNote);
        assertEquals(read.body(), 404, read.status());
        assertEquals("not-found", read.json().get("code").asText());
        assertFalse("the problem does not leak the row", read.body().contains("سرية"));

        Http.Answer remove = demo.delete("/api/v1/sample/notes/" + alnoorNote);
        assertEquals(404, remove.status());
        assertEquals(200, alnoor.get("/api/v1/sample/notes/" + alnoorNote).status());

        for (JsonNode item : demo.get("/api/v1/sample/notes?limit=100").json().get("items")) {
            assertFalse("demo lists only its own notes", item.get("title").asText().equals("سرية"));
        }
        Http.Answer anonymous = http.get("/api/v1/sample/notes");
        assertEquals(401, anonymous.status());
        assertNotNull(anonymous.header("WWW-Authenticate"));
    }

    @Test
    public void t6_badInputIsAnsweredWithProblemJsonInTheCallersLanguage() throws Exception {
        Http.Answer malformed = alnoor.postJson("/api/v1/sample/notes", "{\"title\": \"x\",\n \"amount\": }");
        assertProblem(malformed, 400, "malformed-json");
        assertEquals(2, malformed.json().get("line").asInt());
        assertTrue(malformed.json().get("column").asInt() > 0);

        Http.Answer unknownField = alnoor.postJson("/api/v1/sample/notes", "{\"title\":\"x\",\"amont\":\"1.00\",\"currency\":\"SAR\"}");
        assertProblem(unknownField, 400, "unknown-field");
        assertEquals("amont", unknownField.json().get("errors").get(0).get("field").asText());

        Http.Answer invalid = alnoor.withHeader("Accept-Language", "ar-SA,ar;q=0.9,en;q=0.5")
                .postJson("/api/v1/sample/notes", "{\"title\":\"\",\"amount\":\"1.005\",\"currency\":\"SAR\"}");
        assertProblem(invalid, 422, "validation-failed");
        assertEquals("فشل التحقق", invalid.json().get("title").asText());
        assertEquals("ar", invalid.header("Content-Language"));
        JsonNode errors = invalid.json().get("errors");
        assertEquals("title", errors.get(0).get("field").asText());
        assertEquals("هذا الحقل مطلوب.", errors.get(0).get("message").asText());
        assertEquals("amount", errors.get(1).get("field").asText());

        assertProblem(alnoor.send("POST", "/api/v1/sample/notes", "title=x", "text/plain"), 415, "unsupported-media-type");
        assertProblem(alnoor.get("/api/v1/no-such-thing"), 404, "route-not-found");
        assertProblem(http.get("/no-such-page"), 404, "route-not-found");
        Http.Answer wrongMethod = alnoor.send("PUT", "/api/v1/sample/notes", "{}", "application/json");
        assertProblem(wrongMethod, 405, "method-not-allowed");
        assertProblem(alnoor.get("/api/v1/sample/notes?limit=0"), 422, "validation-failed");
        assertProblem(alnoor.get("/api/v1/sample/notes?limit=ten"), 422, "validation-failed");
        assertProblem(http.postJson("/api/v1/sample/notes", "{\"title\":\"x\",\"amount\":\"1.00\",\"currency\":\"SAR\"}"), 401,
                "authentication.required");
    }

    @Test
    public void t6a_forbiddenAndUnexpectedFailuresRevealNothing() throws Exception {
        Http readOnly = http.withHeader("Authorization", TestAuthenticator.SCHEME + TestAuthenticator.READ_ONLY);
        assertEquals(200, readOnly.get("/api/v1/sample/notes").status());
        Http.Answer forbidden = readOnly.postJson("/api/v1/sample/notes", "{\"title\":\"x\",\"amount\":\"1.00\",\"currency\":\"SAR\"}");
        assertProblem(forbidden, 403, "forbidden");
        assertTrue(forbidden.body(), forbidden.json().get("detail").asText().contains("sample.note.write"));

        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put("osgi.jaxrs.resource", Boolean.TRUE);
        properties.put("osgi.jaxrs.application.select", "(osgi.jaxrs.name=doganhub)");
        var registration = context.registerService(ExplodingResource.class, new ExplodingResource(), properties);
        try {
            waitForStatus(http, "/api/v1/itest/explode", 500, 30);
            Http.Answer failure = http.get("/api/v1/itest/explode");
            assertProblem(failure, 500, "internal-error");
            String errorId = failure.json().get("errorId").asText();
            assertTrue(failure.body(), failure.json().get("detail").asText().contains(errorId));
            assertFalse("no secret from the exception", failure.body().contains("hunter2"));
        } finally {
            registration.unregister();
        }
    }

    /** A resource whose failure carries a secret, registered by the test through the whiteboard. */
    @javax.ws.rs.Path("api/v1/itest/explode")
    public static class ExplodingResource {
        @javax.ws.rs.GET
        public String explode() {
            throw new IllegalStateException("connection to db.internal failed for password=hunter2");
        }
    }

    @Test
    public void t6b_aFailingMigrationStopsItsBundleAndNamesTheChangeset() throws Exception {
        Bundle broken = context.installBundle("itest:broken-schema", BrokenSchemaBundle.jar());
        try {
            broken.start();
            SchemaMigrations migrations = service(SchemaMigrations.class, null);
            waitFor("the migration fails", () -> migrations.states().stream()
                    .anyMatch(state -> state.bundle().equals(BrokenSchemaBundle.SYMBOLIC_NAME)
                            && state.status() == MigrationState.Status.FAILED), 60);
            MigrationState failed = migrations.states().stream()
                    .filter(state -> state.bundle().equals(BrokenSchemaBundle.SYMBOLIC_NAME)).findFirst().orElseThrow();
            assertEquals(BrokenSchemaBundle.SYMBOLIC_NAME + "/db/changelog.xml::add-to-missing-table::itest",
                    failed.failedChangeset());
            waitFor("the bundle is stopped", () -> broken.getState() == Bundle.RESOLVED, 30);

            waitFor("readiness names the failed changeset", () -> {
                Http.Answer ready = http.get("/health/ready");
                return ready.status() == 503 && ready.body().contains("add-to-missing-table");
            }, 30);
        } finally {
            broken.uninstall();
        }
        waitForStatus(http, "/health/ready", 200, 30);
    }

    @Test
    public void t7_platformWebCanBeStoppedAndStartedAtRuntime() throws Exception {
        Bundle web = bundle("doganhub-platform-web");
        web.stop();
        waitFor("the API is gone", () -> http.statusOf("/health") != 200, 30);
        web.start();
        waitForStatus(http, "/health/ready", 200, 60);
        waitForStatus(alnoor, "/api/v1/sample/notes", 200, 60);
        // The whiteboard may still be rebuilding the application for late extensions: a 404 creates nothing, retry.
        Http.Answer[] created = new Http.Answer[1];
        waitFor("a write after the restart", () -> {
            created[0] = alnoor.postJson("/api/v1/sample/notes", "{\"title\":\"after restart\",\"amount\":\"2.00\",\"currency\":\"SAR\"}");
            return created[0].status() == 201;
        }, 30);
        assertEquals("application/json", created[0].header("Content-Type"));
    }

    @Test
    public void t7b_everyPlatformBundleAndTheModuleCanBeRestartedOrUpdatedAtRuntime() throws Exception {
        String kept = alnoor.postJson("/api/v1/sample/notes", "{\"title\":\"survives restarts\",\"amount\":\"3.00\",\"currency\":\"SAR\"}")
                .json().get("id").asText();
        // every bundle of ours, one at a time: the platform answers again and the data is still there
        List<String> ours = new ArrayList<>();
        for (Bundle candidate : context.getBundles()) {
            if (candidate.getSymbolicName().startsWith("doganhub-") && candidate.getState() == Bundle.ACTIVE
                    && candidate.getHeaders().get(Constants.FRAGMENT_HOST) == null) {
                ours.add(candidate.getSymbolicName());
            }
        }
        assertTrue("the platform's bundles, found " + ours, ours.size() >= 30);
        for (String name : ours) {
            Bundle bundle = bundle(name);
            int working = workingComponents(bundle);
            bundle.stop();
            waitFor(name + " stopped", () -> bundle.getState() == Bundle.RESOLVED, 30);
            bundle.start();
            waitFor(name + "'s " + working + " component(s) working again", () -> workingComponents(bundle) >= working, 30);
            waitForStatus(http, "/health/ready", 200, 90);
            waitForStatus(alnoor, "/api/v1/sample/notes/" + kept, 200, 90);
        }
        Bundle module = bundle("doganhub-sample-module");
        module.update();
        waitForStatus(http, "/health/ready", 200, 90);
        waitForStatus(alnoor, "/api/v1/sample/notes/" + kept, 200, 90);
        assertEquals("survives restarts", alnoor.get("/api/v1/sample/notes/" + kept).json().get("title").asText());
    }

    @Test
    public void t8_theDatabaseCanFailAndComeBackWithoutARestart() throws Exception {
        org.osgi.service.cm.Configuration persistence = configurationAdmin.getConfiguration("com.doganhub.persistence", "?");
        Dictionary<String, Object> original = persistence.getProperties();
        String originalUrl = String.valueOf(original.get("url"));
        try (TcpProxy proxy = new TcpProxy(TcpProxy.freePort(), TestPostgres.port())) {
            // Point the platform at a database address where nothing answers yet.
            Dictionary<String, Object> viaProxy = copy(original);
            viaProxy.put("url", originalUrl.replace(TestPostgres.hostPort(), "127.0.0.1:" + proxy.port()));
            persistence.update(viaProxy);

            waitFor("readiness names the database", () -> {
                Http.Answer ready = http.get("/health/ready");
                return ready.status() == 503 && ready.body().contains("\"name\":\"database\",\"ready\":false");
            }, 60);
            // Liveness stays up; while the components that needed the old DataSource leave, the whiteboard
            // republishes the application and a request can meet one of those sub-second 404 windows.
            waitForStatus(http, "/health", 200, 10);

            proxy.start();
            waitForStatus(http, "/health/ready", 200, 90);
            waitForStatus(alnoor, "/api/v1/sample/notes", 200, 60);

            proxy.stop();
            waitFor("an outage turns readiness red", () -> http.statusOf("/health/ready") == 503, 30);
            proxy.start();
            waitForStatus(http, "/health/ready", 200, 60);
            assertEquals(200, alnoor.statusOf("/api/v1/sample/notes"));
        } finally {
            persistence.update(original);
        }
        waitForStatus(http, "/health/ready", 200, 90);
    }

    private static Dictionary<String, Object> copy(Dictionary<String, Object> source) {
        Dictionary<String, Object> copy = new Hashtable<>();
        for (var keys = source.keys(); keys.hasMoreElements();) {
            String key = keys.nextElement();
            copy.put(key, source.get(key));
        }
        return copy;
    }

    /** The bundle's DS component configurations that are active or satisfied. */
    private int workingComponents(Bundle bundle) {
        int working = 0;
        for (ComponentDescriptionDTO description : scr.getComponentDescriptionDTOs(bundle)) {
            for (ComponentConfigurationDTO configuration : scr.getComponentConfigurationDTOs(description)) {
                if (configuration.state == ComponentConfigurationDTO.ACTIVE
                        || configuration.state == ComponentConfigurationDTO.SATISFIED) {
                    working++;
                }
            }
        }
        return working;
    }

    private Bundle bundle(String symbolicName) {
        for (Bundle bundle : context.getBundles()) {
            if (symbolicName.equals(bundle.getSymbolicName())) {
                return bundle;
            }
        }
        throw new AssertionError("no bundle " + symbolicName);
    }

    private <T> T service(Class<T> type, String filter) throws Exception {
        return Itest.service(context, type, filter);
    }

    private void waitForStatus(Http client, String path, int status, int seconds) throws Exception {
        Itest.waitForStatus(context, client, path, status, seconds);
    }
}
