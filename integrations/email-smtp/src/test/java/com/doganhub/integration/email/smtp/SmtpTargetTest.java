package com.doganhub.integration.email.smtp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class SmtpTargetTest {

    @Test
    void starttlsIsRequiredNotMerelyAttemptedAndTheServerNameIsChecked() {
        SmtpTarget target = SmtpTarget.of(SmtpProviderTest.settings("smtp.alnoor.sa", "", "erp", "pw", "starttls"),
                Map.of());
        Properties properties = target.javaMailProperties();
        assertThat(target.port()).isEqualTo(587);
        assertThat(properties).containsEntry("mail.smtp.starttls.enable", "true")
                .containsEntry("mail.smtp.starttls.required", "true")
                .containsEntry("mail.smtp.ssl.checkserveridentity", "true").containsEntry("mail.smtp.auth", "true")
                .doesNotContainKey("mail.smtp.ssl.enable");
    }

    @Test
    void implicitTlsUsesSmtpsPortAndSsl() {
        SmtpTarget target = SmtpTarget.of(SmtpProviderTest.settings("smtp.alnoor.sa", "", null, null, "tls"),
                Map.of());
        assertThat(target.port()).isEqualTo(465);
        assertThat(target.javaMailProperties()).containsEntry("mail.smtp.ssl.enable", "true")
                .containsEntry("mail.smtp.auth", "false").doesNotContainKey("mail.smtp.starttls.enable");
    }

    @Test
    void aTenantsOwnServerReplacesThePlatformsWholeTargetAndTheTextShowsNoPassword() {
        SmtpTarget target = SmtpTarget.of(SmtpProviderTest.settings("smtp.platform.sa", "587", "platform", "platform-pw"),
                Map.of("host", "mail.alnoor.sa", "security", "tls", "username", "erp@alnoor.sa",
                        "password", "Tenant-Password-123456"));
        assertThat(target.host()).isEqualTo("mail.alnoor.sa");
        assertThat(target.port()).isEqualTo(465);
        assertThat(target.username()).isEqualTo("erp@alnoor.sa");
        assertThat(target.toString()).doesNotContain("Tenant-Password-123456").contains("Tena…3456");
        assertThat(target.uri()).isEqualTo("smtp://mail.alnoor.sa:465").doesNotContain("erp");
    }
}
