package com.doganhub.platform.identity.internal.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import com.doganhub.platform.api.error.ValidationFailed;

class PasswordPolicyTest {

    @Test
    void aLongUncommonPasswordIsAccepted() {
        assertThat(PasswordPolicy.check("password", "Noor-Owner-Passw0rd", "owner@alnoor.sa")).isEqualTo("Noor-Owner-Passw0rd");
    }

    @Test
    void anArabicPassphraseCountsCharactersNotBytes() {
        assertThat(PasswordPolicy.check("password", "كلمة سر طويلة", null)).isEqualTo("كلمة سر طويلة");
    }

    @Test
    void nineCharactersAreTooShort() {
        assertRefused("Abcdef12!", "password.too-short");
    }

    @Test
    void commonPasswordsAreRefusedWhateverTheirCase() {
        assertRefused("Password123", "password.too-common");
        assertRefused("QWERTYUIOP", "password.too-common");
    }

    @Test
    void theAccountsEmailIsNoPassword() {
        assertThatThrownBy(() -> PasswordPolicy.check("password", "Sara@Alnoor.sa", "sara@alnoor.sa"))
                .isInstanceOfSatisfying(ValidationFailed.class,
                        failure -> assertThat(failure.errors().get(0).code()).isEqualTo("password.too-common"));
    }

    @Test
    void moreThanBcryptReadsIsRefused() {
        assertRefused("ك".repeat(37), "password.too-long");
    }

    private static void assertRefused(String password, String code) {
        assertThatThrownBy(() -> PasswordPolicy.check("newPassword", password, null))
                .isInstanceOfSatisfying(ValidationFailed.class, failure -> {
                    assertThat(failure.errors().get(0).field()).isEqualTo("newPassword");
                    assertThat(failure.errors().get(0).code()).isEqualTo(code);
                });
    }
}
