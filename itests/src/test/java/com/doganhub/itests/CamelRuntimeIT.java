package com.doganhub.itests;

import static com.doganhub.itests.Itest.waitFor;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFileExtend;

import java.util.Hashtable;

import javax.inject.Inject;

import org.apache.camel.CamelContext;
import org.apache.camel.ConsumerTemplate;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
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

import com.doganhub.itests.provider.TickRoutes;

/**
 * Boots the distribution with the shared Camel runtime and checks its whiteboards the way provider bundles use them: routes come and go with their bundle, and routes that need a component wait for it.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class CamelRuntimeIT {

    @Inject
    private BundleContext context;

    /** The runtime is a boot feature of this container: the test classes themselves use Camel's API. */
    @Configuration
    public Option[] configuration() {
        return Itest.distribution(TestPostgres.createDatabase("doganhub_camel_it"),
                editConfigurationFileExtend("etc/org.apache.karaf.features.cfg", "featuresBoot", "doganhub-camel"));
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

    private static void drain(ConsumerTemplate consumer, String endpoint) {
        while (consumer.receiveBodyNoWait(endpoint) != null) {
            // ticks from before the restart
        }
    }
}
