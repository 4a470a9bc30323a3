package com.doganhub.integration.camel.internal;

import java.io.InputStream;
import java.net.URL;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.camel.CamelContext;
import org.apache.camel.impl.engine.DefaultClassResolver;

/**
 * Resolves classes and resources first as Camel does (the runtime bundle, which embeds Camel's core and common
 * components), then through the class loaders of the bundles that contributed routes or components. Camel finds a
 * component's generated configurers and its route beans that way, although they live in another bundle.
 */
final class BundleClassResolver extends DefaultClassResolver {

    /** Contributing bundles' class loaders by bundle id, with how many contributions keep each one here. */
    private final Map<Long, Contributor> contributors = new ConcurrentHashMap<>();

    BundleClassResolver(CamelContext camel) {
        super(camel);
    }

    void add(long bundleId, ClassLoader loader) {
        contributors.merge(bundleId, new Contributor(loader, 1), (old, ignored) -> new Contributor(old.loader(), old.count() + 1));
    }

    void remove(long bundleId) {
        contributors.computeIfPresent(bundleId, (id, old) -> old.count() <= 1 ? null : new Contributor(old.loader(), old.count() - 1));
    }

    int contributors() {
        return contributors.size();
    }

    @Override
    public Class<?> resolveClass(String name) {
        Class<?> found = super.resolveClass(name);
        return found != null ? found : fromContributors(name);
    }

    @Override
    public <T> Class<T> resolveClass(String name, Class<T> type) {
        Class<T> found = super.resolveClass(name, type);
        if (found != null) {
            return found;
        }
        Class<?> contributed = fromContributors(name);
        return contributed != null && type.isAssignableFrom(contributed) ? castClass(contributed) : null;
    }

    @Override
    public InputStream loadResourceAsStream(String uri) {
        InputStream found = super.loadResourceAsStream(uri);
        if (found != null) {
            return found;
        }
        for (Contributor contributor : contributors.values()) {
            InputStream stream = contributor.loader().getResourceAsStream(uri);
            if (stream != null) {
                return stream;
            }
        }
        return null;
    }

    @Override
    public URL loadResourceAsURL(String uri) {
        URL found = super.loadResourceAsURL(uri);
        if (found != null) {
            return found;
        }
        for (Contributor contributor : contributors.values()) {
            URL url = contributor.loader().getResource(uri);
            if (url != null) {
                return url;
            }
        }
        return null;
    }

    private Class<?> fromContributors(String name) {
        for (Contributor contributor : contributors.values()) {
            try {
                return contributor.loader().loadClass(name);
            } catch (ClassNotFoundException | LinkageError notThere) {
                // try the next bundle
            }
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static <T> Class<T> castClass(Class<?> type) {
        return (Class<T>) type;
    }

    private record Contributor(ClassLoader loader, int count) {
    }
}
