package com.doganhub.integration.email.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.doganhub.integration.api.email.EmailAddress;
import com.doganhub.integration.api.email.EmailAttachment;
import com.doganhub.integration.api.email.EmailMessage;
import com.doganhub.integration.api.email.QueuedEmail;
import com.doganhub.platform.api.TenantContext;
import com.doganhub.platform.api.TenantScope;

class LocalOutboxEmailGatewayTest {

    @TempDir
    Path outbox;

    private final TenantContext alnoor = new TenantContext("t-1", "alnoor", "u-1", Locale.ENGLISH, Set.of());

    @Test
    void aMessageBecomesOneEmlFileInTheTenantsFolder() throws IOException {
        LocalOutboxEmailGateway gateway = new LocalOutboxEmailGateway(scope(alnoor), outbox,
                new EmailAddress("no-reply@doganhub.local", "DoganHub"));

        QueuedEmail queued = gateway.send(EmailMessage.text(new EmailAddress("sara@alnoor.sa", "سارة العتيبي"),
                "فاتورة رقم 42", "مرحباً سارة،\nمرفق فاتورتك.").withHtmlBody("<p>مرحباً سارة</p>"));

        List<Path> files = files(outbox.resolve("alnoor"));
        assertThat(files).hasSize(1);
        String eml = Files.readString(files.get(0), StandardCharsets.UTF_8);
        assertThat(eml).contains("Message-ID: " + queued.messageId() + "\r\n")
                .contains("From: \"DoganHub\" <no-reply@doganhub.local>\r\n")
                .contains("To: =?UTF-8?B?" + b64("سارة العتيبي") + "?= <sara@alnoor.sa>\r\n")
                .contains("Subject: =?UTF-8?B?" + b64("فاتورة رقم 42") + "?=\r\n")
                .contains("X-DoganHub-Tenant: alnoor\r\n")
                .contains("Content-Type: multipart/alternative; boundary=")
                .contains("Content-Transfer-Encoding: 8bit\r\n\r\nمرحباً سارة،\r\nمرفق فاتورتك.\r\n")
                .contains(b64("<p>مرحباً سارة</p>"));
    }

    @Test
    void attachmentsMakeAMixedMessage() throws IOException {
        LocalOutboxEmailGateway gateway = new LocalOutboxEmailGateway(scope(alnoor), outbox,
                EmailAddress.of("no-reply@doganhub.local"));

        gateway.send(EmailMessage.text(EmailAddress.of("a@b.sa"), "Invoice", "See attached")
                .withAttachment(new EmailAttachment("invoice-42.pdf", "application/pdf", new byte[] { 37, 80, 68, 70 })));

        String eml = Files.readString(files(outbox.resolve("alnoor")).get(0));
        assertThat(eml).contains("Content-Type: multipart/mixed; boundary=")
                .contains("Content-Disposition: attachment; filename=\"invoice-42.pdf\"")
                .contains(Base64.getEncoder().encodeToString(new byte[] { 37, 80, 68, 70 }));
    }

    @Test
    void withoutATenantTheMessageGoesToThePlatformFolder() throws IOException {
        LocalOutboxEmailGateway gateway = new LocalOutboxEmailGateway(scope(null), outbox,
                EmailAddress.of("no-reply@doganhub.local"));

        gateway.send(EmailMessage.text(EmailAddress.of("ops@doganhub.sa"), "Test", "ping"));

        assertThat(files(outbox.resolve("platform"))).hasSize(1);
    }

    @Test
    void theDefaultSenderIsReadWithItsName() {
        assertThat(LocalOutboxEmailGateway.parseAddress("DoganHub <no-reply@doganhub.local>"))
                .isEqualTo(new EmailAddress("no-reply@doganhub.local", "DoganHub"));
        assertThat(LocalOutboxEmailGateway.parseAddress("ops@doganhub.sa")).isEqualTo(EmailAddress.of("ops@doganhub.sa"));
    }

    @Test
    void anEmptyDirectorySettingMeansTheDataFolder() {
        assertThat(LocalOutboxEmailGateway.directory("", "/opt/doganhub/data"))
                .isEqualTo(Path.of("/opt/doganhub/data/mail/outbox"));
        assertThat(LocalOutboxEmailGateway.directory("${env:MAIL_DIR}", "/opt/doganhub/data"))
                .isEqualTo(Path.of("/opt/doganhub/data/mail/outbox"));
    }

    private static String b64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> listing = Files.list(folder)) {
            return listing.filter(file -> file.toString().endsWith(".eml")).toList();
        }
    }

    private static TenantScope scope(TenantContext bound) {
        return new TenantScope() {
            @Override
            public Optional<TenantContext> current() {
                return Optional.ofNullable(bound);
            }

            @Override
            public TenantContext require() {
                return bound;
            }

            @Override
            public Binding bind(TenantContext context) {
                return () -> { };
            }
        };
    }
}
