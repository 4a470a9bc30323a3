package com.doganhub.integration.api.secrets;

/**
 * Seals values for storage: AES-256-GCM under the platform's secrets key ({@code etc/com.doganhub.integration.cfg},
 * {@code ${env:DOGANHUB_SECRETS_KEY}}, else a generated key file). The {@code context} (a tenant id, a device id) is
 * authenticated: a sealed value copied into another row does not open.
 */
public interface SecretVault {

    String seal(String plain, String context);

    /** @throws IllegalStateException when the value was sealed under another key or context, or altered */
    String open(String sealed, String context);
}
