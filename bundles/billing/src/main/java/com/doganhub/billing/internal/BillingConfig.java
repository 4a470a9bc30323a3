package com.doganhub.billing.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration PID {@code com.doganhub.billing} ({@code etc/com.doganhub.billing.cfg}). */
@ObjectClassDefinition(name = "DoganHub billing", description = "Plans, Stripe checkout, licenses, reminders and dunning.")
public @interface BillingConfig {

    String PID = "com.doganhub.billing";

    @AttributeDefinition(name = "License signing secret", type = AttributeType.PASSWORD,
            description = "At least 16 bytes; the etc/ file reads ${env:LICENSE_ENCRYPTION_KEY}. Every node must share it. "
                    + "Empty: a key generated in the data folder signs licenses (one node only).")
    String licenseSecret() default "";

    @AttributeDefinition(name = "Application URL", description = "The web application's base URL: checkout returns there.")
    String publicUrl() default "http://localhost:8181";

    @AttributeDefinition(name = "Grace days", description = "Days a lapsed license (unpaid or expired) keeps working before read-only mode.")
    int graceDays() default 7;

    @AttributeDefinition(name = "Reminder days", description = "Days before expiry of a license that does not renew itself at which its owners are reminded, comma-separated.")
    String reminderDays() default "30,7,1";

    @AttributeDefinition(name = "Job interval (s)", description = "How often reminders, expiry and grace are checked.")
    int jobIntervalSeconds() default 3600;

    @AttributeDefinition(name = "License cache (s)", description = "How long a node keeps a tenant's license in memory (asked on every request); a change on the node applies at once.")
    int licenseCacheSeconds() default 10;

    @AttributeDefinition(name = "Webhook body limit (bytes)", description = "Larger webhook bodies are refused (413) unread.")
    int webhookMaxBytes() default 1048576;
}
