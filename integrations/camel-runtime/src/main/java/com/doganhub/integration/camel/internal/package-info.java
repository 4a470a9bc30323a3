/**
 * The platform's one Camel context and its whiteboards. Provider bundles register {@code RoutesBuilder} and
 * {@code Component} services; this package adds them to the shared context and takes them out again when their
 * bundle stops, so a provider's routes live exactly as long as the provider.
 */
package com.doganhub.integration.camel.internal;
