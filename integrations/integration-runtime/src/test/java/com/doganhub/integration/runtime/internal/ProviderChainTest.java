package com.doganhub.integration.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.doganhub.platform.api.error.ValidationFailed;

class ProviderChainTest {

    @Test
    void theConfigurationFormIsACommaListReadCaseInsensitivelyWithoutRepeats() {
        assertThat(ProviderChain.parse(" SendGrid, smtp ,,sendgrid").names()).containsExactly("sendgrid", "smtp");
        assertThat(ProviderChain.parse(new String[] { "smtp", "local" }).names()).containsExactly("smtp", "local");
        assertThat(ProviderChain.parse(null).names()).isEmpty();
    }

    @Test
    void aRequestedChainNeedsAtLeastOneWellFormedName() {
        assertThat(ProviderChain.requested(List.of("sendgrid", "SMTP")).asConfiguration()).isEqualTo("sendgrid,smtp");
        assertThatThrownBy(() -> ProviderChain.requested(List.of())).isInstanceOf(ValidationFailed.class);
        assertThatThrownBy(() -> ProviderChain.requested(Arrays.asList("smtp", "bad name")))
                .isInstanceOfSatisfying(ValidationFailed.class,
                        failure -> assertThat(failure.errors().get(0).field()).isEqualTo("chain[1]"));
    }
}
