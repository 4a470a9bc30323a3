package com.doganhub.itests;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.doganhub.platform.api.RequestAuthenticator;
import com.doganhub.platform.api.RequestCredentials;
import com.doganhub.platform.api.TenantContext;

/**
 * Stands in for the token authenticator the security issue delivers: {@code Authorization: Test <tenant>}. It is
 * registered by the tests only, through the same seam the real one uses.
 */
final class TestAuthenticator implements RequestAuthenticator {

    static final String SCHEME = "Test ";
    static final String READ_ONLY = "readonly";

    @Override
    public Optional<TenantContext> authenticate(RequestCredentials credentials) {
        String header = credentials.authorization();
        if (header == null || !header.startsWith(SCHEME)) {
            return Optional.empty();
        }
        String tenant = header.substring(SCHEME.length()).trim();
        // A tenant called "readonly" may read but not write, for the permission checks.
        Set<String> permissions = tenant.equals(READ_ONLY) ? Set.of("sample.note.read")
                : Set.of("sample.note.read", "sample.note.write");
        return Optional.of(new TenantContext("tenant-" + tenant, tenant, "user-of-" + tenant,
                credentials.locale() == null ? Locale.ENGLISH : credentials.locale(), permissions));
    }
}
