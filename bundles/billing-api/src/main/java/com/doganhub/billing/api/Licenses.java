package com.doganhub.billing.api;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** Tenants' licenses, for modules that show or check them. */
@ProviderType
public interface Licenses {

    /** The tenant's license, if it has one (expired ones included: {@link LicenseInfo#expiresAt()} tells). */
    Optional<LicenseInfo> current(String tenantId);

    /**
     * Checks a license key's signature with the platform's public key and reads it; needs no database.
     *
     * @throws IllegalArgumentException when the key is malformed or its signature does not match (tampered)
     */
    LicenseInfo verify(String licenseKey);

    /** The public key that verifies license keys, PEM-encoded (Ed25519), for verifying offline. */
    String publicKeyPem();
}
