package com.doganhub.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecretMaskTest {

    @Test
    void masksLongSecretsPartlyAndShortOnesFully() {
        assertThat(SecretMask.mask("sk_live_51HxyzABCDEFG1234")).isEqualTo("sk_l…1234");
        assertThat(SecretMask.mask("short")).isEqualTo(SecretMask.HIDDEN);
    }

    @Test
    void scrubsCredentialsOutOfFreeText() {
        String text = "Failed to resolve smtp://mailer:S3cret-Pass@mail.example.sa:587?password=RAW(S3cret-Pass)"
                + "&username=mailer, apiKey: SG.abcdefghijklmnop and Authorization: Bearer SG.abcdefghijklmnopqrstu";
        String scrubbed = SecretMask.scrub(text);
        assertThat(scrubbed).doesNotContain("S3cret-Pass").doesNotContain("SG.abcdefghijklmnop")
                .contains("mail.example.sa:587").contains("username=mailer").contains("Failed to resolve");
    }
}
