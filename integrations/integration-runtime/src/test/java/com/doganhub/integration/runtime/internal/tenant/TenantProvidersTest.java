package com.doganhub.integration.runtime.internal.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.doganhub.integration.api.Capability;
import com.doganhub.platform.api.error.ValidationFailed;

class TenantProvidersTest {

    @TempDir
    Path data;

    @Test
    void sealedSettingsOpenOnlyForTheirTenantAndShowNoPlainText() {
        SecretBox box = SecretBox.fromConfigurationOrFile("${env:DOGANHUB_SECRETS_KEY}", data.resolve("security/key"));
        String sealed = box.seal("{\"password\":\"S3cret-Pass\"}", "tenant-a");

        assertThat(sealed).startsWith("v1:").doesNotContain("S3cret");
        assertThat(box.open(sealed, "tenant-a")).isEqualTo("{\"password\":\"S3cret-Pass\"}");
        assertThatThrownBy(() -> box.open(sealed, "tenant-b")).isInstanceOf(IllegalStateException.class)
                .hasMessageNotContaining("S3cret");
        assertThatThrownBy(() -> box.open("v1:not*base64", "tenant-a")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> box.open("v1:AAAA", "tenant-a")).isInstanceOf(IllegalStateException.class);
        SecretBox sameFile = SecretBox.fromConfigurationOrFile("", data.resolve("security/key"));
        assertThat(sameFile.open(sealed, "tenant-a")).contains("S3cret-Pass");
    }

    @Test
    void theGeneratedKeyFileIsReadableByItsOwnerOnly() throws Exception {
        SecretBox.fromConfigurationOrFile(null, data.resolve("security/key"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("security/key"))))
                .isEqualTo("rw-------");
    }

    @Test
    void emailSettingsAreCheckedAndMaskedSecretsKeepTheStoredValue() {
        Map<String, String> stored = Map.of("password", "Stored-Password-123456");
        Map<String, String> checked = TenantProviders.checked(Capability.EMAIL, Map.of("host", "smtp.alnoor.sa",
                "port", "587", "security", "STARTTLS", "password", "Stor…3456", "from", "النور <billing@alnoor.sa>"), stored);
        assertThat(checked).containsEntry("password", "Stored-Password-123456").containsEntry("security", "starttls");
        assertThat(TenantProviders.masked(checked)).containsEntry("password", "Stor…3456").containsEntry("host",
                "smtp.alnoor.sa");

        assertThatThrownBy(() -> TenantProviders.checked(Capability.EMAIL, Map.of("port", "70000", "security", "ssl3",
                "hostname", "x", "from", "not an address", "host", "evil\r\nRCPT TO:<x@y>"), Map.of()))
                .isInstanceOfSatisfying(ValidationFailed.class, failed -> assertThat(failed.errors())
                        .extracting(error -> error.field()).containsExactlyInAnyOrder("settings.port", "settings.security",
                                "settings.hostname", "settings.from", "settings.host"));
        assertThatThrownBy(() -> TenantProviders.checked(Capability.STORAGE, Map.of("bucket", "b"), Map.of()))
                .isInstanceOf(ValidationFailed.class);
    }
}
