package com.doganhub.integration.runtime.internal.status;

import static com.doganhub.integration.api.IntegrationCategory.AI_AND_ADVANCED;
import static com.doganhub.integration.api.IntegrationCategory.AUTHENTICATION;
import static com.doganhub.integration.api.IntegrationCategory.CORE_INFRASTRUCTURE;
import static com.doganhub.integration.api.IntegrationCategory.EMAIL_AND_NOTIFICATIONS;
import static com.doganhub.integration.api.IntegrationCategory.MONITORING_AND_ANALYTICS;
import static com.doganhub.integration.api.IntegrationCategory.PAYMENT_AND_BILLING;
import static com.doganhub.integration.api.IntegrationCategory.STORAGE_AND_MEDIA;
import static com.doganhub.integration.api.IntegrationPriority.P0;
import static com.doganhub.integration.api.IntegrationPriority.P1;
import static com.doganhub.integration.api.IntegrationPriority.P2;

import java.util.List;

import com.doganhub.integration.api.IntegrationCategory;
import com.doganhub.integration.api.IntegrationPriority;
import com.doganhub.integration.runtime.internal.status.IntegrationDefinition.Kind;
import com.doganhub.integration.runtime.internal.status.IntegrationDefinition.Setting;

/**
 * Every integration the platform knows, in report order. A bundle that brings its own {@code IntegrationCheck} with
 * the same id (a module with a deeper live check) takes the entry over; these are the platform's baseline.
 */
final class IntegrationCatalogue {

    private IntegrationCatalogue() {
    }

    static List<IntegrationDefinition> all() {
        return List.of(
                // Core infrastructure
                define("database", "Database", CORE_INFRASTRUCTURE, P0,
                        List.of("Platform: everything"), "Nothing works without it: no sign-in, no data.",
                        "Set DATABASE_URL (etc/com.doganhub.persistence.cfg `url`); the embedded H2 is for trying DoganHub only.",
                        "readiness:database", optional("com.doganhub.persistence", "url", "DATABASE_URL", Kind.URL, 0, null)),
                define("migrations", "Database migrations", CORE_INFRASTRUCTURE, P0,
                        List.of("Platform: every module's tables"), "Modules whose schema is behind refuse to start.",
                        "Read the migrations readiness detail; fix the failing changelog and restart its bundle.",
                        "readiness:migrations"),
                define("auth-secrets", "Authentication secrets", CORE_INFRASTRUCTURE, P0,
                        List.of("Platform: sign-in tokens"), "Without a shared secret each node signs its own tokens: "
                                + "sessions break behind a load balancer; a short secret can be brute-forced.",
                        "Set JWT_SECRET to at least 32 random bytes (etc/com.doganhub.identity.cfg `jwt.secret`).",
                        null, setting("com.doganhub.identity", "jwt.secret", "JWT_SECRET", Kind.SECRET, 32, null)),
                define("redis", "Redis cache", CORE_INFRASTRUCTURE, P0,
                        List.of("Platform: shared rate limits and caches across nodes"),
                        "Rate limits and caches stay per node: fine for one node, wrong for several.",
                        "Set REDIS_URL (redis://:password@host:6379/0, rediss:// for TLS).",
                        "probe:redis", setting(null, null, "REDIS_URL", Kind.URL, 0, null)),
                define("app-url", "Application URL", CORE_INFRASTRUCTURE, P0,
                        List.of("Platform: links in emails", "Storage: platform-signed links"),
                        "Links in emails and file links point at the wrong host.",
                        "Set public.url in etc/com.doganhub.identity.cfg and publicUrl in etc/com.doganhub.storage.cfg to the address users reach.",
                        null, setting("com.doganhub.identity", "public.url", null, Kind.URL, 0, null),
                        optional("com.doganhub.storage", "publicUrl", null, Kind.URL, 0, null)),
                define("app-name", "Application name", CORE_INFRASTRUCTURE, P0,
                        List.of("Platform: email sender name and subjects"), "Emails carry the default brand.",
                        "Set APP_NAME, or brand each tenant (PUT /api/v1/tenant/branding).",
                        null, setting(null, null, "APP_NAME", Kind.TEXT, 0, null)),
                // Payment and billing
                define("stripe-secret-key", "Stripe secret key", PAYMENT_AND_BILLING, P0,
                        List.of("Billing: checkout", "Billing: customer portal", "Billing: subscriptions"),
                        "All payment processing fails: no checkout, no renewals.",
                        "Set STRIPE_SECRET_KEY (etc/com.doganhub.payments.stripe.cfg `secretKey`).",
                        "probe:stripe", setting("com.doganhub.payments.stripe", "secretKey", "STRIPE_SECRET_KEY", Kind.SECRET, 20, "sk_")),
                define("stripe-publishable-key", "Stripe publishable key", PAYMENT_AND_BILLING, P0,
                        List.of("Billing: checkout page"), "The checkout page cannot load Stripe.",
                        "Set STRIPE_PUBLISHABLE_KEY (etc/com.doganhub.payments.stripe.cfg `publishableKey`).",
                        null, setting("com.doganhub.payments.stripe", "publishableKey", "STRIPE_PUBLISHABLE_KEY", Kind.TEXT, 0, "pk_")),
                define("stripe-webhook-secret", "Stripe webhook secret", PAYMENT_AND_BILLING, P0,
                        List.of("Billing: webhooks (payments, renewals, cancellations)"),
                        "Webhooks are refused: licenses never follow what Stripe says.",
                        "Set STRIPE_WEBHOOK_SECRET (etc/com.doganhub.payments.stripe.cfg `webhookSecret`).",
                        null, setting("com.doganhub.payments.stripe", "webhookSecret", "STRIPE_WEBHOOK_SECRET", Kind.SECRET, 20, "whsec_")),
                define("license-secret", "License signing secret", PAYMENT_AND_BILLING, P1,
                        List.of("Billing: license keys"),
                        "License keys are signed with a key generated on this node: other nodes cannot verify them, "
                                + "and losing the data folder invalidates every key issued.",
                        "Set LICENSE_ENCRYPTION_KEY to at least 16 random bytes (etc/com.doganhub.billing.cfg `licenseSecret`).",
                        null, setting("com.doganhub.billing", "licenseSecret", "LICENSE_ENCRYPTION_KEY", Kind.SECRET, 16, null)),
                // Email and notifications
                define("smtp", "SMTP", EMAIL_AND_NOTIFICATIONS, P0,
                        List.of("Platform: account emails", "Finance: invoice emails", "CRM: email to contacts"),
                        "Without any email provider mail stays in the local outbox folder and reaches nobody.",
                        "Set SMTP_HOST, SMTP_PORT, SMTP_USER, SMTP_PASSWORD (etc/com.doganhub.email.smtp.cfg), then doganhub:provider-set email smtp.",
                        "provider:email/smtp", setting("com.doganhub.email.smtp", "host", "SMTP_HOST", Kind.TEXT, 0, null),
                        optional("com.doganhub.email.smtp", "password", "SMTP_PASSWORD", Kind.SECRET, 0, null)),
                define("sendgrid", "SendGrid", EMAIL_AND_NOTIFICATIONS, P0,
                        List.of("Platform: account emails", "Finance: invoice emails", "CRM: email to contacts"),
                        "No SendGrid delivery or failover to it.",
                        "Set SENDGRID_API_KEY (etc/com.doganhub.email.sendgrid.cfg `apiKey`).",
                        "provider:email/sendgrid", setting("com.doganhub.email.sendgrid", "apiKey", "SENDGRID_API_KEY", Kind.SECRET, 20, "SG.")),
                define("mailgun", "Mailgun", EMAIL_AND_NOTIFICATIONS, P0,
                        List.of("Platform: account emails", "Finance: invoice emails", "CRM: email to contacts"),
                        "No Mailgun delivery or failover to it.",
                        "Set MAILGUN_API_KEY and MAILGUN_DOMAIN (etc/com.doganhub.email.mailgun.cfg).",
                        "provider:email/mailgun", setting("com.doganhub.email.mailgun", "apiKey", "MAILGUN_API_KEY", Kind.SECRET, 20, null),
                        setting("com.doganhub.email.mailgun", "domain", "MAILGUN_DOMAIN", Kind.TEXT, 0, null)),
                define("email-templates", "Email templates", EMAIL_AND_NOTIFICATIONS, P0,
                        List.of("Platform: account emails", "Billing: renewal reminders", "Finance: invoice emails"),
                        "Emails cannot be rendered.", "Install the doganhub-platform feature (bundle doganhub-notifications).",
                        "templates"),
                // Storage and media
                define("s3", "Amazon S3 / Cloudflare R2", STORAGE_AND_MEDIA, P1,
                        List.of("Finance: invoice PDFs and exports", "CRM: attachments", "Platform: files API"),
                        "Files stay on this node's disk (local storage): no redundancy, no sharing between nodes.",
                        "Set AWS_S3_BUCKET, AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_REGION (etc/com.doganhub.storage.s3.cfg), then doganhub:storage-migrate local s3.",
                        "provider:storage/s3", setting("com.doganhub.storage.s3", "bucket", "AWS_S3_BUCKET", Kind.TEXT, 0, null),
                        setting("com.doganhub.storage.s3", "accessKeyId", "AWS_ACCESS_KEY_ID", Kind.TEXT, 0, null),
                        setting("com.doganhub.storage.s3", "secretAccessKey", "AWS_SECRET_ACCESS_KEY", Kind.SECRET, 20, null)),
                define("azure-blob", "Azure Blob Storage", STORAGE_AND_MEDIA, P1,
                        List.of("Finance: invoice PDFs and exports", "CRM: attachments", "Platform: files API"),
                        "Files stay on this node's disk unless S3 is used.",
                        "Set AZURE_STORAGE_ACCOUNT, AZURE_STORAGE_KEY, AZURE_STORAGE_CONTAINER (etc/com.doganhub.storage.azure.cfg).",
                        "provider:storage/azure", setting("com.doganhub.storage.azure", "container", "AZURE_STORAGE_CONTAINER", Kind.TEXT, 0, null),
                        setting("com.doganhub.storage.azure", "accountKey", "AZURE_STORAGE_KEY", Kind.SECRET, 20, null)),
                define("local-storage", "Local storage (fallback)", STORAGE_AND_MEDIA, P1,
                        List.of("Platform: files API (embedded default)"), "Files cannot be stored at all.",
                        "Check that data/storage is writable (etc/com.doganhub.storage.local.cfg `directory`).",
                        "provider:storage/local"),
                // Monitoring and analytics
                define("sentry", "Sentry", MONITORING_AND_ANALYTICS, P1, List.of("Platform: error tracking"),
                        "Unhandled errors are only in the log: nobody is alerted.", "Set SENTRY_DSN.",
                        null, setting(null, null, "SENTRY_DSN", Kind.URL, 0, "https://")),
                define("google-analytics", "Google Analytics", MONITORING_AND_ANALYTICS, P1, List.of("Web UI: usage analytics"),
                        "No usage analytics.", "Set GA_MEASUREMENT_ID (G-XXXXXXXXXX).",
                        null, setting(null, null, "GA_MEASUREMENT_ID", Kind.TEXT, 0, "G-")),
                define("hotjar", "Hotjar", MONITORING_AND_ANALYTICS, P1, List.of("Web UI: session recordings"),
                        "No session recordings or heatmaps.", "Set HOTJAR_ID.",
                        null, setting(null, null, "HOTJAR_ID", Kind.TEXT, 0, null)),
                define("datadog", "Datadog", MONITORING_AND_ANALYTICS, P1, List.of("Platform: metrics export"),
                        "Metrics are only at /metrics (Prometheus pull).", "Set DATADOG_API_KEY.",
                        null, setting(null, null, "DATADOG_API_KEY", Kind.SECRET, 32, null)),
                define("new-relic", "New Relic", MONITORING_AND_ANALYTICS, P1, List.of("Platform: metrics export"),
                        "Metrics are only at /metrics (Prometheus pull).", "Set NEW_RELIC_LICENSE_KEY.",
                        null, setting(null, null, "NEW_RELIC_LICENSE_KEY", Kind.SECRET, 40, null)),
                // Authentication
                define("local-login", "Local login", AUTHENTICATION, P2, List.of("Platform: sign-in with email and password"),
                        "Nobody can sign in with a password.", "Install the doganhub-platform feature (bundle doganhub-platform-identity).",
                        "readiness:accounts"),
                define("user-store", "User store", AUTHENTICATION, P2, List.of("Platform: users, roles, tenants"),
                        "Users and roles cannot be read.", "The user store is the platform database: fix the database entry.",
                        "readiness:database"),
                define("google-oauth", "Google OAuth", AUTHENTICATION, P2, List.of("Platform: sign in with Google"),
                        "No \"Sign in with Google\".", "Set GOOGLE_CLIENT_ID and GOOGLE_CLIENT_SECRET.",
                        "probe:google-oidc", setting(null, null, "GOOGLE_CLIENT_ID", Kind.TEXT, 0, null),
                        setting(null, null, "GOOGLE_CLIENT_SECRET", Kind.SECRET, 20, null)),
                define("github-oauth", "GitHub OAuth", AUTHENTICATION, P2, List.of("Platform: sign in with GitHub"),
                        "No \"Sign in with GitHub\".", "Set GITHUB_CLIENT_ID and GITHUB_CLIENT_SECRET.",
                        null, setting(null, null, "GITHUB_CLIENT_ID", Kind.TEXT, 0, null),
                        setting(null, null, "GITHUB_CLIENT_SECRET", Kind.SECRET, 20, null)),
                define("azure-ad", "Azure AD", AUTHENTICATION, P2, List.of("Platform: sign in with Microsoft"),
                        "No \"Sign in with Microsoft\".", "Set AZURE_AD_TENANT_ID, AZURE_AD_CLIENT_ID and AZURE_AD_CLIENT_SECRET.",
                        "probe:azure-oidc", setting(null, null, "AZURE_AD_TENANT_ID", Kind.TEXT, 0, null),
                        setting(null, null, "AZURE_AD_CLIENT_ID", Kind.TEXT, 0, null),
                        setting(null, null, "AZURE_AD_CLIENT_SECRET", Kind.SECRET, 20, null)),
                // AI and advanced
                define("ollama", "Ollama", AI_AND_ADVANCED, P2, List.of("AI: assistant (local models)"),
                        "No local AI models.", "Set OLLAMA_BASE_URL (http://host:11434).",
                        "probe:ollama", setting(null, null, "OLLAMA_BASE_URL", Kind.URL, 0, "http")),
                define("openai", "OpenAI", AI_AND_ADVANCED, P2, List.of("AI: assistant", "AI: document extraction"),
                        "No OpenAI models.", "Set OPENAI_API_KEY.",
                        "probe:openai", setting(null, null, "OPENAI_API_KEY", Kind.SECRET, 20, "sk-")),
                define("anthropic", "Anthropic", AI_AND_ADVANCED, P2, List.of("AI: assistant"),
                        "No Anthropic models.", "Set ANTHROPIC_API_KEY.",
                        "probe:anthropic", setting(null, null, "ANTHROPIC_API_KEY", Kind.SECRET, 20, "sk-ant-")));
    }

    private static IntegrationDefinition define(String id, String name, IntegrationCategory category,
            IntegrationPriority priority, List<String> usedBy, String impact, String fix, String liveSource,
            Setting... settings) {
        return new IntegrationDefinition(id, name, category, priority, usedBy, impact, fix, List.of(settings), liveSource);
    }

    private static Setting setting(String pid, String key, String env, Kind kind, int minLength, String prefix) {
        return new Setting(pid, key, env, kind, minLength, prefix, true);
    }

    private static Setting optional(String pid, String key, String env, Kind kind, int minLength, String prefix) {
        return new Setting(pid, key, env, kind, minLength, prefix, false);
    }
}
