package com.doganhub.itests;

import static com.doganhub.itests.Itest.waitFor;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFileExtend;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.time.Duration;
import java.time.Instant;
import java.util.Dictionary;
import java.util.Hashtable;

import javax.inject.Inject;

import org.apache.camel.CamelContext;
import org.apache.camel.ConsumerTemplate;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.apache.camel.component.seda.SedaComponent;
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
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.cm.ConfigurationAdmin;

import com.doganhub.integration.api.Capability;
import com.doganhub.integration.api.Provider;
import com.doganhub.integration.api.ProviderCheck;
import com.doganhub.itests.provider.TickRoutes;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Boots the distribution with the shared Camel runtime and checks what providers build on: the Camel whiteboards
 * (routes come and go with their bundle, routes that need a component wait for it) and the provider registry and
 * selection (the chain switched by REST, shell and configuration at runtime, unknown providers refused).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class ProvidersIT {

    static final String PASSWORD = "Providers-Bootstrap-2026";

    @Inject
    private BundleContext context;

    @Inject
    private ConfigurationAdmin configurationAdmin;

    @Inject
    private SessionFactory shell;

    private final Http http = new Http(Itest.HTTP_PORT);

    /** The runtime is a boot feature of this container: the test classes themselves use Camel's API. */
    @Configuration
    public Option[] configuration() {
        return Itest.distribution(TestPostgres.createDatabase("doganhub_providers_it"),
                editConfigurationFileExtend("etc/org.apache.karaf.features.cfg", "featuresBoot", "doganhub-camel"),
                editConfigurationFilePut("etc/com.doganhub.identity.cfg", "bootstrap.password", PASSWORD));
    }

    @Test
    public void t1_aProviderBundlesRoutesLiveExactlyAsLongAsTheBundle() throws Exception {
        CamelContext camel = Itest.service(context, CamelContext.class, null);
        assertEquals("doganhub", camel.getName());
        Bundle provider = context.installBundle("itest:route-provider", RouteProviderBundle.jar());
        ConsumerTemplate consumer = camel.createConsumerTemplate();
        try {
            provider.start();
            waitFor("the provider's route", () -> camel.getRoute(TickRoutes.ROUTE_ID) != null, 30);
            assertEquals("tick", consumer.receiveBody("seda:itest-ticks", 5000, String.class));

            provider.stop();
            waitFor("the route leaves with its bundle", () -> camel.getRoute(TickRoutes.ROUTE_ID) == null, 30);

            provider.start();
            waitFor("the route is back", () -> camel.getRoute(TickRoutes.ROUTE_ID) != null, 30);
            consumer.cleanUp();
            drain(consumer, "seda:itest-ticks");
            assertEquals("tick", consumer.receiveBody("seda:itest-ticks", 5000, String.class));
        } finally {
            provider.uninstall();
            consumer.stop();
        }
        waitFor("an uninstalled provider leaves no route", () -> camel.getRoute(TickRoutes.ROUTE_ID) == null, 30);
    }

    @Test
    public void t2_routesThatNeedAComponentWaitForItAndLeaveBeforeIt() throws Exception {
        CamelContext camel = Itest.service(context, CamelContext.class, null);
        ProducerTemplate producer = Itest.service(context, ProducerTemplate.class, null);
        Hashtable<String, Object> needsQueue = new Hashtable<>();
        needsQueue.put("camel.components.required", "itest-queue");
        ServiceRegistration<RoutesBuilder> routes = context.registerService(RoutesBuilder.class, new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:itest-in").routeId("itest-forward").to("itest-queue:out");
            }
        }, needsQueue);
        ServiceRegistration<?> component = null;
        try {
            Thread.sleep(500);
            assertNull("without its component the route waits", camel.getRoute("itest-forward"));

            Hashtable<String, Object> named = new Hashtable<>();
            named.put("camel.component", "itest-queue");
            component = context.registerService(org.apache.camel.Component.class, new SedaComponent(), named);
            waitFor("the route starts with its component", () -> camel.getRoute("itest-forward") != null, 30);
            producer.sendBody("direct:itest-in", "مرحبا");
            ConsumerTemplate consumer = camel.createConsumerTemplate();
            assertEquals("مرحبا", consumer.receiveBody("itest-queue:out", 5000, String.class));
            consumer.stop();

            component.unregister();
            component = null;
            waitFor("the route leaves before its component", () -> camel.getRoute("itest-forward") == null, 30);
            assertNull(camel.hasComponent("itest-queue"));
        } finally {
            if (component != null) {
                component.unregister();
            }
            routes.unregister();
        }
    }

    @Test
    public void t3_theRuntimeCanBeRestartedAndTakesItsRoutesBack() throws Exception {
        ServiceRegistration<RoutesBuilder> routes = context.registerService(RoutesBuilder.class, new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:itest-echo").routeId("itest-echo").setBody(simple("echo ${body}"));
            }
        }, null);
        try {
            Bundle runtime = null;
            for (Bundle bundle : context.getBundles()) {
                if ("doganhub-camel-runtime".equals(bundle.getSymbolicName())) {
                    runtime = bundle;
                }
            }
            assertNotNull(runtime);
            waitFor("the echo route", () -> Itest.service(context, CamelContext.class, null).getRoute("itest-echo") != null, 30);
            runtime.stop();
            runtime.start();
            waitFor("the echo route after a restart",
                    () -> Itest.service(context, CamelContext.class, null).getRoute("itest-echo") != null, 30);
            ProducerTemplate producer = Itest.service(context, ProducerTemplate.class, null);
            assertEquals("echo سلام", producer.requestBody("direct:itest-echo", "سلام", String.class));
        } finally {
            routes.unregister();
        }
    }

    @Test
    public void t4_theOperatorSeesTheProvidersAndTheirChecks() throws Exception {
        Http operator = operator();
        waitFor("the local outbox provider's first check", () -> "UP".equals(email(operator).get("providers").get(0)
                .path("lastCheck").path("outcome").asText()), 30);
        JsonNode email = email(operator);
        assertEquals("[\"local\"]", email.get("chain").toString());
        assertEquals("[\"local\"]", email.get("active").toString());
        JsonNode local = email.get("providers").get(0);
        assertEquals("local", local.get("name").asText());
        assertTrue(local.get("configured").asBoolean());
        assertTrue(local.get("inChain").asBoolean());
        assertEquals(5, operator.get("/api/v1/admin/providers").json().size());

        Http owner = as(login("demo", "owner@demo.local").get("accessToken").asText());
        Itest.assertProblem(owner.get("/api/v1/admin/providers"), 403, "forbidden");
        Itest.assertProblem(owner.putJson("/api/v1/admin/providers/email", "{\"chain\":[\"local\"]}"), 403, "forbidden");
        Itest.assertProblem(operator.get("/api/v1/admin/providers/fax"), 404, "not-found");
    }

    @Test
    public void t5_theChainSwitchesAtRuntimeAndUnknownProvidersAreRefused() throws Exception {
        Http operator = operator();
        Http.Answer unknown = operator.withHeader("Accept-Language", "ar")
                .putJson("/api/v1/admin/providers/email", "{\"chain\":[\"fax-gateway\",\"local\"]}");
        Itest.assertProblem(unknown, 422, "validation-failed");
        JsonNode error = unknown.json().get("errors").get(0);
        assertEquals("provider.unknown", error.get("code").asText());
        assertTrue(error.toString(), error.get("message").asText().contains("local"));
        assertEquals("the old chain stays", "[\"local\"]", email(operator).get("chain").toString());

        Hashtable<String, Object> relay = new Hashtable<>();
        relay.put(Provider.CAPABILITY, "email");
        relay.put(Provider.NAME, "itest-relay");
        ServiceRegistration<Provider> registration = context.registerService(Provider.class, new ItestRelay(), relay);
        try {
            Http.Answer switched = operator.putJson("/api/v1/admin/providers/email", "{\"chain\":[\"itest-relay\",\"LOCAL\"]}");
            assertEquals(switched.toString(), 200, switched.status());
            assertEquals("[\"itest-relay\",\"local\"]", switched.json().get("active").toString());
            assertEquals("itest-relay,local", emailConfiguration().get("provider"));
            // the switch is written to the file an operator edits, so a restart keeps it; the file's comments stay
            java.nio.file.Path file = java.nio.file.Path.of(System.getProperty("karaf.etc"),
                    "com.doganhub.integration.email.cfg");
            String written = java.nio.file.Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1);
            assertTrue(written, written.contains("\nprovider = itest-relay,local\n")
                    && written.startsWith("# Which email providers"));

            // A file the platform cannot replace (a read-only mount; root writes anywhere, so a directory stands
            // where the new file is written first) refuses the switch with the reason, and the chain stays.
            java.nio.file.Path blocked = java.nio.file.Files.createDirectories(
                    file.resolveSibling(".com.doganhub.integration.email.cfg.tmp").resolve("keep"));
            try {
                Http.Answer unwritable = operator.withHeader("Accept-Language", "en")
                        .putJson("/api/v1/admin/providers/email", "{\"chain\":[\"local\"]}");
                Itest.assertProblem(unwritable, 409, "provider.configuration-unwritable");
                assertTrue(unwritable.body(), unwritable.body().contains("com.doganhub.integration.email.cfg")
                        && unwritable.body().contains("itest-relay,local"));
                assertEquals("[\"itest-relay\",\"local\"]", email(operator).get("chain").toString());
            } finally {
                java.nio.file.Files.delete(blocked);
                java.nio.file.Files.delete(blocked.getParent());
            }

            // The operator's own edit of the file arrives through file install.
            java.nio.file.Files.writeString(file, written.replace("provider = itest-relay,local", "provider = ghost,local"),
                    java.nio.charset.StandardCharsets.ISO_8859_1);
            waitFor("the edited chain", () -> email(operator).get("chain").toString().equals("[\"ghost\",\"local\"]"), 10);
            assertEquals("a name no provider answers to is skipped", "[\"local\"]", email(operator).get("active").toString());

            String refused = Itest.shell(shell, "doganhub:provider-set email ghost");
            assertTrue(refused, refused.contains("Refused: provider.unknown"));
            String set = Itest.shell(shell, "doganhub:provider-set email itest-relay,local");
            assertTrue(set, set.contains("Provider chain of email is now itest-relay,local"));
            String listed = Itest.shell(shell, "doganhub:provider-list");
            assertTrue(listed, listed.contains("itest-relay") && listed.contains("UP"));
        } finally {
            registration.unregister();
        }
        waitFor("a provider that leaves drops out of the active chain",
                () -> email(operator).get("active").toString().equals("[\"local\"]"), 10);
        JsonNode log = operator.get("/api/v1/audit?entity=provider-chain").json().get("items");
        assertEquals(log.toString(), "itest-relay,local", log.get(0).get("changes").get("chain").get("after").asText());
    }

    private Http operator() throws Exception {
        return as(login("platform", "operator@doganhub.local").get("accessToken").asText());
    }

    private JsonNode login(String tenant, String email) throws Exception {
        return Itest.login(context, http, tenant, email, PASSWORD);
    }

    private Http as(String token) {
        return http.withHeader("Authorization", "Bearer " + token);
    }

    private static JsonNode email(Http operator) throws Exception {
        return operator.get("/api/v1/admin/providers/email").json();
    }

    private Dictionary<String, Object> emailConfiguration() throws Exception {
        return configurationAdmin.getConfiguration("com.doganhub.integration.email", "?").getProperties();
    }

    /** A provider registered by the test, standing for a relay a partner brings. */
    static final class ItestRelay implements Provider {
        @Override
        public Capability capability() {
            return Capability.EMAIL;
        }

        @Override
        public String name() {
            return "itest-relay";
        }

        @Override
        public boolean configured() {
            return true;
        }

        @Override
        public ProviderCheck check() {
            return new ProviderCheck(ProviderCheck.Outcome.UP, "itest", Instant.now(), Duration.ZERO);
        }
    }

    private static void drain(ConsumerTemplate consumer, String endpoint) {
        while (consumer.receiveBodyNoWait(endpoint) != null) {
            // ticks from before the restart
        }
    }
}
