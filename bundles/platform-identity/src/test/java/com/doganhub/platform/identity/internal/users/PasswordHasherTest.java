package com.doganhub.platform.identity.internal.users;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher(4);

    @Test
    void hashesAreBcryptWithAtLeastCostTwelveAndASaltEach() {
        String first = hasher.hash("Sara-Chooses-2026");
        String second = hasher.hash("Sara-Chooses-2026");

        assertThat(hasher.cost()).isEqualTo(12);
        assertThat(first).startsWith("$2y$12$").hasSize(60).isNotEqualTo(second);
    }

    @Test
    void onlyTheRightPasswordMatches() {
        String hash = hasher.hash("Sara-Chooses-2026");

        assertThat(hasher.matches("Sara-Chooses-2026", hash)).isTrue();
        assertThat(hasher.matches("sara-chooses-2026", hash)).isFalse();
        assertThat(hasher.matches("Sara-Chooses-2026", null)).as("an invited user has no password yet").isFalse();
        assertThat(hasher.matches("Sara-Chooses-2026", "not a hash")).isFalse();
    }
}
