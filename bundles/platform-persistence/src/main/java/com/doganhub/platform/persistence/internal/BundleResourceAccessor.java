package com.doganhub.platform.persistence.internal;

import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;

import org.osgi.framework.Bundle;

import liquibase.resource.AbstractResourceAccessor;
import liquibase.resource.Resource;

/**
 * Lets Liquibase read one bundle's changelogs (and {@code include}/{@code includeAll} targets) from that
 * bundle's entries, under paths prefixed with the bundle's symbolic name.
 */
final class BundleResourceAccessor extends AbstractResourceAccessor {

    private final Bundle bundle;

    BundleResourceAccessor(Bundle bundle) {
        this.bundle = bundle;
    }

    /** The Liquibase path of a bundle entry. */
    static String pathOf(Bundle bundle, String entry) {
        return bundle.getSymbolicName() + "/" + stripSlash(entry);
    }

    /** The bundle entry behind a Liquibase path, with or without the symbolic-name prefix. */
    static String entryOf(Bundle bundle, String path) {
        String stripped = stripSlash(path);
        String prefix = bundle.getSymbolicName() + "/";
        return stripped.startsWith(prefix) ? stripped.substring(prefix.length()) : stripped;
    }

    @Override
    public List<Resource> getAll(String path) {
        BundleResource resource = new BundleResource(bundle, entryOf(bundle, path));
        return resource.exists() ? List.of(resource) : null;
    }

    @Override
    public List<Resource> search(String path, boolean recursive) {
        String folder = entryOf(bundle, path);
        List<Resource> found = new ArrayList<>();
        Enumeration<?> entries = bundle.findEntries(folder, "*", recursive);
        if (entries != null) {
            while (entries.hasMoreElements()) {
                String entry = stripSlash(((java.net.URL) entries.nextElement()).getPath());
                if (!entry.endsWith("/")) {
                    found.add(new BundleResource(bundle, entry));
                }
            }
        }
        return found;
    }

    @Override
    public List<String> describeLocations() {
        return List.of("bundle " + bundle.getSymbolicName());
    }

    @Override
    public void close() {
        // nothing is held open between reads
    }

    private static String stripSlash(String path) {
        String result = path;
        while (result.startsWith("/")) {
            result = result.substring(1);
        }
        return result;
    }
}
