package com.doganhub.integration.email.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.doganhub.integration.api.email.EmailAddress;
import com.doganhub.integration.api.email.EmailAttachment;
import com.doganhub.integration.api.email.EmailMessage;
import com.doganhub.integration.api.email.EmailRoutes;
import com.doganhub.integration.api.email.OutboundEmail;

class LocalOutboxWriterTest {

    @TempDir
    Path outbox;

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-27T10:15:30Z"), ZoneOffset.UTC);
    private final EmailAddress sender = new EmailAddress("no-reply@doganhub.local", "DoganHub");

    @Test
    void aMessageBecomesOneEmlFileInTheTenantsFolderAndALineOfItsIndex() throws IOException {
        LocalOutboxWriter writer = new LocalOutboxWriter(outbox, clock);

        Path written = writer.write(outbound("o-1", "alnoor", EmailMessage.text(
                new EmailAddress("sara@alnoor.sa", "سارة العتيبي"), "فاتورة رقم 42", "مرحباً سارة،\nمرفق فاتورتك.")
                .withHtmlBody("<p>مرحباً سارة</p>")));

        assertThat(written).isEqualTo(Path.of("alnoor", "20261127T101530.000-o-1.eml"));
        String eml = Files.readString(outbox.resolve(written), StandardCharsets.UTF_8);
        assertThat(eml).contains("Message-ID: <o-1@doganhub>\r\n")
                .contains("From: \"DoganHub\" <no-reply@doganhub.local>\r\n")
                .contains("To: =?UTF-8?B?" + b64("سارة العتيبي") + "?= <sara@alnoor.sa>\r\n")
                .contains("Subject: =?UTF-8?B?" + b64("فاتورة رقم 42") + "?=\r\n")
                .contains("X-DoganHub-Tenant: alnoor\r\n")
                .contains("Content-Type: multipart/alternative; boundary=")
                .contains("Content-Transfer-Encoding: 8bit\r\n\r\nمرحباً سارة،\r\nمرفق فاتورتك.\r\n")
                .contains(b64("<p>مرحباً سارة</p>"));
        assertThat(writer.list("alnoor")).containsExactly(new LocalOutboxWriter.IndexEntry("alnoor",
                "2026-11-27T10:15:30Z", "<o-1@doganhub>", "o-1", "sara@alnoor.sa", "فاتورة رقم 42",
                "20261127T101530.000-o-1.eml"));
        assertThat(writer.list("other")).isEmpty();
    }

    @Test
    void attachmentsMakeAMixedMessage() throws IOException {
        LocalOutboxWriter writer = new LocalOutboxWriter(outbox, clock);

        Path written = writer.write(outbound("o-2", "alnoor", EmailMessage.text(EmailAddress.of("a@b.sa"), "Invoice",
                "See attached").withAttachment(new EmailAttachment("invoice-42.pdf", "application/pdf",
                        new byte[] { 37, 80, 68, 70 }))));

        String eml = Files.readString(outbox.resolve(written));
        assertThat(eml).contains("Content-Type: multipart/mixed; boundary=")
                .contains("Content-Disposition: attachment; filename=\"invoice-42.pdf\"")
                .contains(Base64.getEncoder().encodeToString(new byte[] { 37, 80, 68, 70 }));
    }

    @Test
    void theRouteWritesWhatTheOutboxHandsItAndAnswersWithTheFile() throws Exception {
        LocalOutboxWriter writer = new LocalOutboxWriter(outbox, clock);
        try (CamelContext camel = new DefaultCamelContext()) {
            camel.addRoutes(new org.apache.camel.builder.RouteBuilder() {
                @Override
                public void configure() {
                    from(EmailRoutes.endpoint("local")).process(exchange -> exchange.getMessage().setBody(
                            writer.write(exchange.getMessage().getMandatoryBody(OutboundEmail.class)).toString()));
                }
            });
            camel.start();
            ProducerTemplate producer = camel.createProducerTemplate();
            String file = producer.requestBody(EmailRoutes.endpoint("local"),
                    outbound("o-3", "platform", EmailMessage.text(EmailAddress.of("ops@doganhub.sa"), "Test", "ping")),
                    String.class);
            assertThat(file).isEqualTo(Path.of("platform", "20261127T101530.000-o-3.eml").toString());
            assertThat(files(outbox.resolve("platform"))).hasSize(1);
        }
    }

    @Test
    void anEmptyDirectorySettingMeansTheDataFolder() {
        assertThat(LocalOutboxWriter.directory("", "/opt/doganhub/data")).isEqualTo(Path.of("/opt/doganhub/data/mail/outbox"));
        assertThat(LocalOutboxWriter.directory("${env:MAIL_DIR}", "/opt/doganhub/data"))
                .isEqualTo(Path.of("/opt/doganhub/data/mail/outbox"));
    }

    private OutboundEmail outbound(String id, String tenant, EmailMessage message) {
        return new OutboundEmail(id, tenant, id + "@doganhub", sender, message, Map.of());
    }

    private static String b64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> listing = Files.list(folder)) {
            return listing.filter(file -> file.toString().endsWith(".eml")).toList();
        }
    }
}
