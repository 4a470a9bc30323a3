package com.doganhub.platform.persistence.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** What the Liquibase extender has done: one state per bundle that carries a changelog. */
@ProviderType
public interface SchemaMigrations {

    List<MigrationState> states();
}
