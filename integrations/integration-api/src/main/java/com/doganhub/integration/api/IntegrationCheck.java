package com.doganhub.integration.api;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Describes one configurable integration (the database, Stripe, SMTP, an OIDC login ...) and reports its
 * state. The platform's production-readiness report is computed from these services alone.
 */
@ConsumerType
public interface IntegrationCheck {

    /** Stable id ({@code stripe-secret-key}). */
    String id();

    /** Human name ({@code Stripe secret key}). */
    String name();

    IntegrationCategory category();

    IntegrationPriority priority();

    /** Modules and features that use it ({@code Billing: checkout}). */
    List<String> usedBy();

    /** What degrades or stops when it is not working. */
    String impact();

    /** How to fix it: the key in which {@code etc/} file or environment variable. */
    String fix();

    /**
     * The current state. Configuration-only checks answer at once; a live check (connect, authenticate) is
     * bounded by a timeout and may answer from its last scheduled run.
     */
    IntegrationReport evaluate();
}
