/**
 * The sample module: notes with an amount, owned by a tenant. It shows every seam a real module uses: a
 * {@link com.doganhub.platform.api.PlatformModule} descriptor, an entity extending
 * {@link com.doganhub.platform.persistence.api.TenantOwnedEntity}, a Liquibase changelog named by the
 * {@code DoganHub-Liquibase} header, and a JAX-RS resource under {@code /api/v1/sample/notes} that throws typed
 * errors. Not installed by default: {@code feature:install doganhub-sample-module}.
 */
package com.doganhub.sample.internal;
