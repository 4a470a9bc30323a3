/**
 * Implementation of platform persistence: publishes the pooled DataSource from {@code etc/com.doganhub.persistence.cfg},
 * migrates each bundle's schema with Liquibase (an extender over the {@code DoganHub-Liquibase} header), reports
 * database and migration readiness, and scopes JPA work to the current tenant.
 */
package com.doganhub.platform.persistence.internal;
