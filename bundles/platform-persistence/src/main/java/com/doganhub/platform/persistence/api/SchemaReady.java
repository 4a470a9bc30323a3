package com.doganhub.platform.persistence.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Registered once a bundle's Liquibase changelog has been applied to the platform database, with the service
 * property {@link #BUNDLE} naming that bundle. A module's components that touch its tables reference it, for
 * example {@code @Reference(target = "(doganhub.schema.bundle=doganhub-finance)") SchemaReady schema}, so they
 * start only on a migrated schema and stop when the database goes away.
 */
@ProviderType
public interface SchemaReady {

    /** Service property: the symbolic name of the bundle whose schema is ready. */
    String BUNDLE = "doganhub.schema.bundle";

    /** Manifest header naming a bundle's changelog, e.g. {@code DoganHub-Liquibase: db/changelog.xml}. */
    String CHANGELOG_HEADER = "DoganHub-Liquibase";

    String bundleSymbolicName();
}
