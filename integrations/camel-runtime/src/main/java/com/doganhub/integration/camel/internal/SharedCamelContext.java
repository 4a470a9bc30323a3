package com.doganhub.integration.camel.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.camel.CamelContext;
import org.apache.camel.Component;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.Route;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The platform's one {@link CamelContext} ({@code doganhub}), registered as a service with a
 * {@link ProducerTemplate}, and its two whiteboards:
 * <ul>
 * <li>{@link RoutesBuilder} services: their routes are added when the service arrives and stopped and removed when
 * it leaves (its bundle stopped or updated). A builder with {@value #REQUIRED_COMPONENTS} (a comma list) waits until
 * those components are registered, and leaves before any of them does.</li>
 * <li>{@link org.apache.camel.Component} services with {@value #COMPONENT_NAME}: added to the context under that name
 * for as long as they are registered.</li>
 * </ul>
 * Every change happens under one lock, so routes and components never interleave half-added.
 */
@org.osgi.service.component.annotations.Component(immediate = true, service = {})
public class SharedCamelContext {

    /** Service property naming a {@link org.apache.camel.Component} service. */
    public static final String COMPONENT_NAME = "camel.component";
    /** Service property of a {@link RoutesBuilder}: the components its routes need. */
    public static final String REQUIRED_COMPONENTS = "camel.components.required";
    static final String NAME = "doganhub";
    private static final Logger LOG = LoggerFactory.getLogger(SharedCamelContext.class);

    private final Object lock = new Object();
    private final Map<ServiceReference<RoutesBuilder>, RoutesBuilder> builders = new LinkedHashMap<>();
    private final Map<ServiceReference<RoutesBuilder>, List<String>> routesOf = new LinkedHashMap<>();
    private final Map<String, ServiceReference<Component>> componentRefs = new LinkedHashMap<>();
    private final Map<String, Component> components = new LinkedHashMap<>();
    private DefaultCamelContext camel;
    private BundleClassResolver classResolver;
    private final List<ServiceRegistration<?>> registrations = new ArrayList<>();

    @Activate
    public SharedCamelContext(BundleContext context) throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        ClassLoader own = SharedCamelContext.class.getClassLoader();
        thread.setContextClassLoader(own);
        try {
            DefaultCamelContext created = new DefaultCamelContext();
            created.getCamelContextExtension().setName(NAME);
            created.setApplicationContextClassLoader(own);
            BundleClassResolver resolver = new BundleClassResolver(created);
            created.setClassResolver(resolver);
            created.start();
            synchronized (lock) {
                camel = created;
                classResolver = resolver;
                components.forEach(this::addComponentNow);
                builders.keySet().forEach(this::addRoutesIfReady);
            }
            registrations.add(context.registerService(CamelContext.class, created, null));
            registrations.add(context.registerService(ProducerTemplate.class, created.createProducerTemplate(), null));
            LOG.info("Camel context '{}' started ({} route(s))", NAME, created.getRoutes().size());
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    @Deactivate
    void stop() {
        registrations.forEach(SharedCamelContext::unregisterQuietly);
        registrations.clear();
        synchronized (lock) {
            if (camel != null) {
                camel.stop();
                camel = null;
            }
            routesOf.clear();
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addRoutes(RoutesBuilder builder, ServiceReference<RoutesBuilder> reference) {
        synchronized (lock) {
            builders.put(reference, builder);
            addRoutesIfReady(reference);
        }
    }

    void removeRoutes(RoutesBuilder builder, ServiceReference<RoutesBuilder> reference) {
        synchronized (lock) {
            builders.remove(reference);
            removeRoutesNow(reference);
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            target = "(" + COMPONENT_NAME + "=*)")
    void addComponent(Component component, ServiceReference<Component> reference) {
        String name = String.valueOf(reference.getProperty(COMPONENT_NAME));
        synchronized (lock) {
            componentRefs.put(name, reference);
            components.put(name, component);
            if (camel != null) {
                addComponentNow(name, component);
                builders.keySet().forEach(this::addRoutesIfReady);
            }
        }
    }

    void removeComponent(Component component, ServiceReference<Component> reference) {
        String name = String.valueOf(reference.getProperty(COMPONENT_NAME));
        synchronized (lock) {
            if (componentRefs.get(name) != reference) {
                return;
            }
            for (ServiceReference<RoutesBuilder> builder : new ArrayList<>(routesOf.keySet())) {
                if (requiredComponents(builder).contains(name)) {
                    removeRoutesNow(builder); // it waits again until the component is back
                }
            }
            componentRefs.remove(name);
            components.remove(name);
            if (camel != null) {
                camel.removeComponent(name);
                classResolver.remove(reference.getBundle() == null ? -1 : reference.getBundle().getBundleId());
            }
        }
    }

    private void addComponentNow(String name, Component component) {
        ServiceReference<Component> reference = componentRefs.get(name);
        classResolver.add(bundleIdOf(reference), loaderOf(reference));
        camel.addComponent(name, component);
        LOG.info("Camel component '{}' added", name);
    }

    /** Adds the builder's routes when the context runs and every component it needs is there. */
    private void addRoutesIfReady(ServiceReference<RoutesBuilder> reference) {
        if (camel == null || routesOf.containsKey(reference) || !components.keySet().containsAll(requiredComponents(reference))) {
            return;
        }
        RoutesBuilder builder = builders.get(reference);
        Set<String> before = routeIds();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(SharedCamelContext.class.getClassLoader());
        classResolver.add(bundleIdOf(reference), loaderOf(reference));
        try {
            camel.addRoutes(builder);
            List<String> added = new ArrayList<>(routeIds());
            added.removeAll(before);
            routesOf.put(reference, added);
            LOG.info("Routes {} of bundle {} added", added, symbolicNameOf(reference));
        } catch (Exception failed) {
            classResolver.remove(bundleIdOf(reference));
            // A broken builder must not take the others down; its bundle's log shows why.
            LOG.error("The routes of bundle {} could not be added", symbolicNameOf(reference), failed);
            List<String> partial = new ArrayList<>(routeIds());
            partial.removeAll(before);
            partial.forEach(this::removeRouteQuietly);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private void removeRoutesNow(ServiceReference<RoutesBuilder> reference) {
        List<String> ids = routesOf.remove(reference);
        if (ids == null || camel == null) {
            return;
        }
        ids.forEach(this::removeRouteQuietly);
        classResolver.remove(bundleIdOf(reference));
        LOG.info("Routes {} of bundle {} removed", ids, symbolicNameOf(reference));
    }

    private void removeRouteQuietly(String id) {
        try {
            camel.getRouteController().stopRoute(id);
            camel.removeRoute(id);
        } catch (Exception failed) {
            LOG.warn("Route {} could not be removed cleanly", id, failed);
        }
    }

    private Set<String> routeIds() {
        Set<String> ids = new HashSet<>();
        for (Route route : camel.getRoutes()) {
            ids.add(route.getRouteId());
        }
        return ids;
    }

    static Set<String> requiredComponents(ServiceReference<?> reference) {
        Object value = reference.getProperty(REQUIRED_COMPONENTS);
        Set<String> names = new HashSet<>();
        if (value instanceof String[] array) {
            names.addAll(List.of(array));
        } else if (value != null) {
            for (String name : String.valueOf(value).split(",")) {
                if (!name.isBlank()) {
                    names.add(name.strip());
                }
            }
        }
        return names;
    }

    private static long bundleIdOf(ServiceReference<?> reference) {
        Bundle bundle = reference.getBundle();
        return bundle == null ? -1 : bundle.getBundleId();
    }

    private static ClassLoader loaderOf(ServiceReference<?> reference) {
        Bundle bundle = reference.getBundle();
        BundleWiring wiring = bundle == null ? null : bundle.adapt(BundleWiring.class);
        ClassLoader loader = wiring == null ? null : wiring.getClassLoader();
        return loader != null ? loader : SharedCamelContext.class.getClassLoader();
    }

    private static String symbolicNameOf(ServiceReference<?> reference) {
        Bundle bundle = reference.getBundle();
        return bundle == null ? "(gone)" : bundle.getSymbolicName();
    }

    private static void unregisterQuietly(ServiceRegistration<?> registration) {
        try {
            registration.unregister();
        } catch (IllegalStateException alreadyGone) {
            // the framework took it down with the bundle
        }
    }
}
