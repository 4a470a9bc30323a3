package com.doganhub.sample.inventory.api;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** The calling tenant's items, for other modules (a service of this module; asked within a request). */
@ProviderType
public interface Items {

    Optional<ItemSummary> item(String id);
}
