package com.doganhub.billing.internal;

/** Billing's permissions. Anything starting {@code billing.} stays allowed in read-only mode: it is how a tenant pays. */
public final class BillingPermissions {

    /** See the tenant's license, usage and plans. */
    public static final String READ = "billing.read";
    /** Subscribe, change plan, open the customer portal. */
    public static final String MANAGE = "billing.manage";
    /** Operator: plans, licenses of every tenant, manual grants, webhook events. */
    public static final String OPERATE = "platform.billing.manage";

    private BillingPermissions() {
    }
}
