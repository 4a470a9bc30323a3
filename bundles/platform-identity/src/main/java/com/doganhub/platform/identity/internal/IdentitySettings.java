package com.doganhub.platform.identity.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration PID {@code com.doganhub.identity} ({@code etc/com.doganhub.identity.cfg}). */
@ObjectClassDefinition(name = "DoganHub identity",
        description = "Sign-in tokens, password hashing, login throttling, account emails and the first-start accounts.")
public @interface IdentitySettings {

    String PID = "com.doganhub.identity";

    @AttributeDefinition(name = "JWT signing secret", type = AttributeType.PASSWORD,
            description = "HMAC key for access tokens, at least 32 bytes (64 for HS512). Set it from the environment "
                    + "(${env:JWT_SECRET}) and share it between nodes. Empty: a random key is generated once and kept "
                    + "in data/security/jwt-secret, good for one node only.")
    String jwt_secret() default "";

    @AttributeDefinition(name = "JWT algorithm", description = "The only algorithm accepted on incoming tokens.",
            options = {
                @org.osgi.service.metatype.annotations.Option(label = "HS256", value = "HS256"),
                @org.osgi.service.metatype.annotations.Option(label = "HS384", value = "HS384"),
                @org.osgi.service.metatype.annotations.Option(label = "HS512", value = "HS512") })
    String jwt_algorithm() default "HS256";

    @AttributeDefinition(name = "Token issuer", description = "The iss claim written and required.")
    String jwt_issuer() default "doganhub";

    @AttributeDefinition(name = "Access token lifetime (seconds)", min = "60", max = "3600")
    int access_ttl_seconds() default 900;

    @AttributeDefinition(name = "Refresh token lifetime (days)", min = "1", max = "90")
    int refresh_ttl_days() default 30;

    @AttributeDefinition(name = "bcrypt cost", min = "12", max = "16",
            description = "Work factor of password hashes; values below 12 are raised to 12.")
    int bcrypt_cost() default 12;

    @AttributeDefinition(name = "Failed logins per account", description = "Per tenant and email, within the window.")
    int login_max_failures_per_account() default 5;

    @AttributeDefinition(name = "Failed logins per client address", description = "Per IP address, within the window.")
    int login_max_failures_per_address() default 20;

    @AttributeDefinition(name = "Login throttling window (seconds)")
    int login_window_seconds() default 900;

    @AttributeDefinition(name = "Password reset link validity (minutes)")
    int password_reset_ttl_minutes() default 60;

    @AttributeDefinition(name = "Email verification link validity (hours)")
    int email_verification_ttl_hours() default 48;

    @AttributeDefinition(name = "Invitation validity (days)")
    int invitation_ttl_days() default 7;

    @AttributeDefinition(name = "Public URL", description = "Base of the links in account emails.")
    String public_url() default "http://localhost:8181";

    @AttributeDefinition(name = "Bootstrap password", type = AttributeType.PASSWORD,
            description = "Password of the first-start accounts (${env:DOGANHUB_BOOTSTRAP_PASSWORD}). Empty: one is "
                    + "generated once and written to data/bootstrap-credentials.txt.")
    String bootstrap_password() default "";
}
