package com.doganhub.platform.identity.internal.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecureTokensTest {

    private static final String TENANT = "8e483c88-3e9d-46e4-bb10-2948290f7c2f";

    @Test
    void aTokenCarriesItsTenantAndIsNeverTheSameTwice() {
        String first = SecureTokens.generate(TENANT);

        assertThat(SecureTokens.tenantOf(first)).contains(TENANT);
        assertThat(first).isNotEqualTo(SecureTokens.generate(TENANT)).hasSize(36 + 1 + 43);
    }

    @Test
    void onlyTheHashIsKeptAndItIsStable() {
        String token = SecureTokens.generate(TENANT);

        assertThat(SecureTokens.hash(token)).hasSize(64).isEqualTo(SecureTokens.hash(" " + token + "\n"))
                .doesNotContain(token.substring(37));
    }

    @Test
    void foreignShapesAreNotOurs() {
        assertThat(SecureTokens.tenantOf("garbage")).isEmpty();
        assertThat(SecureTokens.tenantOf(null)).isEmpty();
        assertThat(SecureTokens.tenantOf(TENANT + ".short")).isEmpty();
    }
}
