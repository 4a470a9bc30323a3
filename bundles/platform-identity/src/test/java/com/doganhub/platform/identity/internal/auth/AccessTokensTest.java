package com.doganhub.platform.identity.internal.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import com.doganhub.platform.api.error.Unauthenticated;
import com.doganhub.platform.identity.internal.IdentitySettings;

class AccessTokensTest {

    private static final byte[] SECRET = "unit-test-signing-key-0123456789-abcdefghij".getBytes(StandardCharsets.UTF_8);

    @Test
    void anIssuedTokenNamesTenantAndUser() throws Exception {
        AccessTokens tokens = new AccessTokens(settings("HS256"), SECRET);

        AccessTokens.Subject subject = tokens.verify(tokens.issue("t-1", "alnoor", "u-7"));

        assertThat(subject).extracting(AccessTokens.Subject::tenantId, AccessTokens.Subject::tenantSlug, AccessTokens.Subject::userId)
                .containsExactly("t-1", "alnoor", "u-7");
    }

    @Test
    void anUnsecuredTokenIsRefused() throws Exception {
        AccessTokens tokens = new AccessTokens(settings("HS256"), SECRET);
        String payload = tokens.issue("t-1", "alnoor", "u-7").split("\\.")[1];
        String none = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8));

        assertRefused(tokens, none + "." + payload + ".");
    }

    @Test
    void aTokenOfAnotherAlgorithmIsRefusedEvenWithTheRightKey() throws Exception {
        String hs512 = new AccessTokens(settings("HS512"), (new String(SECRET) + new String(SECRET)).getBytes(StandardCharsets.UTF_8))
                .issue("t-1", "alnoor", "u-7");

        assertRefused(new AccessTokens(settings("HS256"), (new String(SECRET) + new String(SECRET)).getBytes(StandardCharsets.UTF_8)), hs512);
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() throws Exception {
        String foreign = new AccessTokens(settings("HS256"), "another-key-entirely-0123456789-abcdefghij".getBytes(StandardCharsets.UTF_8))
                .issue("t-1", "alnoor", "u-7");

        assertRefused(new AccessTokens(settings("HS256"), SECRET), foreign);
    }

    @Test
    void aShortSecretIsRefusedAtStart() {
        assertThatThrownBy(() -> new AccessTokens(settings("HS256"), "short".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 32 bytes");
    }

    @Test
    void onlyHmacAlgorithmsCanBeConfigured() {
        assertThatThrownBy(() -> new AccessTokens(settings("none"), SECRET)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AccessTokens(settings("RS256"), SECRET)).isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertRefused(AccessTokens tokens, String token) {
        assertThatThrownBy(() -> tokens.verify(token)).isInstanceOfSatisfying(Unauthenticated.class,
                refused -> assertThat(refused.code()).isEqualTo("token.invalid"));
    }

    static IdentitySettings settings(String algorithm) {
        return new IdentitySettings() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return IdentitySettings.class;
            }

            @Override
            public String jwt_secret() {
                return "";
            }

            @Override
            public String jwt_algorithm() {
                return algorithm;
            }

            @Override
            public String jwt_issuer() {
                return "doganhub";
            }

            @Override
            public int access_ttl_seconds() {
                return 900;
            }

            @Override
            public int refresh_ttl_days() {
                return 30;
            }

            @Override
            public int bcrypt_cost() {
                return 12;
            }

            @Override
            public int login_max_failures_per_account() {
                return 5;
            }

            @Override
            public int login_max_failures_per_address() {
                return 20;
            }

            @Override
            public int login_window_seconds() {
                return 900;
            }

            @Override
            public int password_reset_ttl_minutes() {
                return 60;
            }

            @Override
            public int email_verification_ttl_hours() {
                return 48;
            }

            @Override
            public int invitation_ttl_days() {
                return 7;
            }

            @Override
            public String public_url() {
                return "https://erp.example.sa";
            }

            @Override
            public String bootstrap_password() {
                return "";
            }
        };
    }
}
