package com.doganhub.integration.api;

/** The groups of the integration status report, in the order the report lists them. */
public enum IntegrationCategory {
    CORE_INFRASTRUCTURE("Core Infrastructure"),
    PAYMENT_AND_BILLING("Payment & Billing"),
    EMAIL_AND_NOTIFICATIONS("Email & Notifications"),
    STORAGE_AND_MEDIA("Storage & Media"),
    MONITORING_AND_ANALYTICS("Monitoring & Analytics"),
    AUTHENTICATION("Authentication"),
    AI_AND_ADVANCED("AI & Advanced"),
    ZATCA("ZATCA");

    private final String title;

    IntegrationCategory(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
