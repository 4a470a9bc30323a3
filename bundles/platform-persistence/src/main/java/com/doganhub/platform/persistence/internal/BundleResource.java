package com.doganhub.platform.persistence.internal;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;

import org.osgi.framework.Bundle;

import liquibase.resource.AbstractResource;
import liquibase.resource.Resource;

/**
 * A changelog file inside a bundle. Its Liquibase path is {@code <bundle symbolic name>/<entry>}, so that two
 * bundles that both ship {@code db/changelog.xml} never share changeset identities.
 */
final class BundleResource extends AbstractResource {

    private final Bundle bundle;
    private final String entry;

    BundleResource(Bundle bundle, String entry) {
        super(bundle.getSymbolicName() + "/" + entry, uriOf(bundle, entry));
        this.bundle = bundle;
        this.entry = entry;
    }

    @Override
    public boolean exists() {
        return bundle.getEntry(entry) != null;
    }

    @Override
    public InputStream openInputStream() throws IOException {
        URL url = bundle.getEntry(entry);
        if (url == null) {
            throw new FileNotFoundException(getPath() + " is not in bundle " + bundle.getSymbolicName());
        }
        return url.openStream();
    }

    @Override
    public Resource resolve(String other) {
        return new BundleResource(bundle, BundleResourceAccessor.entryOf(bundle, resolvePath(other)));
    }

    @Override
    public Resource resolveSibling(String other) {
        return new BundleResource(bundle, BundleResourceAccessor.entryOf(bundle, resolveSiblingPath(other)));
    }

    private static URI uriOf(Bundle bundle, String entry) {
        try {
            URL url = bundle.getEntry(entry);
            return url != null ? url.toURI() : new URI("bundle", bundle.getSymbolicName(), "/" + entry, null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a usable bundle entry: " + entry, e);
        }
    }
}
