package com.doganhub.integration.email.smtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;

import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.doganhub.integration.api.ProviderCheck;
import com.doganhub.integration.api.email.EmailAddress;
import com.doganhub.integration.api.email.EmailAttachment;
import com.doganhub.integration.api.email.EmailDeliveryFailed;
import com.doganhub.integration.api.email.EmailMessage;
import com.doganhub.integration.api.email.EmailRoutes;
import com.doganhub.integration.api.email.OutboundEmail;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;

/** The SMTP provider's route against a real SMTP server (GreenMail, with authentication), read back over IMAP. */
class SmtpProviderTest {

    private GreenMail greenMail;
    private CamelContext camel;

    @BeforeEach
    void start() {
        greenMail = new GreenMail(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP))
                .withConfiguration(GreenMailConfiguration.aConfig().withUser("mailer@alnoor.sa", "mailer", "S3cret-Pass"));
        greenMail.start();
    }

    @AfterEach
    void stop() throws Exception {
        if (camel != null) {
            camel.close();
        }
        greenMail.stop();
    }

    @Test
    void sendsWithAuthenticationAndArrivesIntactInArabicWithItsAttachment() throws Exception {
        greenMail.setUser("sara@alnoor.sa", "sara", "sara-pass");
        ProducerTemplate producer = route("mailer", "S3cret-Pass");

        String answer = producer.requestBody(EmailRoutes.endpoint("smtp"), email("o-1"), String.class);

        assertThat(answer).isEqualTo("<o-1@doganhub>");
        Properties imap = new Properties();
        Session session = Session.getInstance(imap);
        try (Store store = session.getStore("imap")) {
            store.connect("127.0.0.1", greenMail.getImap().getPort(), "sara", "sara-pass");
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            Message[] messages = inbox.getMessages();
            assertThat(messages).hasSize(1);
            Message received = messages[0];
            assertThat(received.getSubject()).isEqualTo("فاتورة رقم 42 – مؤسسة النور");
            assertThat(received.getHeader("Message-ID")).containsExactly("<o-1@doganhub>");
            assertThat(received.getHeader("X-DoganHub-Tenant")).containsExactly("alnoor");
            InternetAddress from = (InternetAddress) received.getFrom()[0];
            assertThat(from.getAddress()).isEqualTo("billing@alnoor.sa");
            assertThat(from.getPersonal()).isEqualTo("مؤسسة النور");
            Multipart mixed = (Multipart) received.getContent();
            assertThat(received.getContentType()).startsWith("multipart/mixed");
            Multipart alternative = (Multipart) mixed.getBodyPart(0).getContent();
            assertThat(alternative.getBodyPart(0).getContent()).isEqualTo("مرحباً سارة، مرفق فاتورتك.");
            assertThat(alternative.getBodyPart(1).getContentType()).startsWith("text/html");
            Part attachment = mixed.getBodyPart(1);
            assertThat(attachment.getDisposition()).isEqualTo(Part.ATTACHMENT);
            assertThat(attachment.getFileName()).isEqualTo("invoice-42.pdf");
            assertThat(attachment.getInputStream().readAllBytes()).isEqualTo(new byte[] { 37, 80, 68, 70 });
            inbox.close(false);
        }
    }

    @Test
    void refusedCredentialsAndAnUnreachableServerAreNotPermanent() throws Exception {
        ProducerTemplate producer = route("mailer", "wrong-password");
        assertThatThrownBy(() -> producer.requestBody(EmailRoutes.endpoint("smtp"), email("o-2")))
                .isInstanceOf(CamelExecutionException.class).cause()
                .isInstanceOfSatisfying(EmailDeliveryFailed.class, failed -> {
                    assertThat(failed.permanent()).isFalse();
                    assertThat(failed.reason()).contains("authentication refused").doesNotContain("wrong-password");
                });

        ProducerTemplate right = route("mailer", "S3cret-Pass");
        greenMail.stop();
        assertThatThrownBy(() -> right.requestBody(EmailRoutes.endpoint("smtp"), email("o-3")))
                .cause().isInstanceOfSatisfying(EmailDeliveryFailed.class, failed -> assertThat(failed.permanent()).isFalse());
    }

    @Test
    void aTenantsOwnServerIsUsedWithItsOwnCredentials() throws Exception {
        ProducerTemplate producer = route("nobody", "nothing");
        OutboundEmail own = new OutboundEmail("o-4", "alnoor", "o-4@doganhub", EmailAddress.of("billing@alnoor.sa"),
                EmailMessage.text(EmailAddress.of("omar@alnoor.sa"), "Hello", "Hi"), Map.of("host", "127.0.0.1",
                        "port", String.valueOf(greenMail.getSmtp().getPort()), "security", "none",
                        "username", "mailer", "password", "S3cret-Pass"));
        producer.requestBody(EmailRoutes.endpoint("smtp"), own);
        assertThat(greenMail.waitForIncomingEmail(5000, 1)).isTrue();
        assertThat(greenMail.getReceivedMessages()[0].getHeader("Message-ID")).containsExactly("<o-4@doganhub>");
    }

    @Test
    void theCheckAuthenticatesAndSendsNothing() {
        assertThat(provider("mailer", "S3cret-Pass").check().outcome()).isEqualTo(ProviderCheck.Outcome.UP);
        ProviderCheck refused = provider("mailer", "wrong-password").check();
        assertThat(refused.outcome()).isEqualTo(ProviderCheck.Outcome.DOWN);
        assertThat(refused.detail()).contains("authentication refused").doesNotContain("wrong-password");
        assertThat(greenMail.getReceivedMessages()).isEmpty();
        assertThat(provider(null, null, "").check().outcome()).isEqualTo(ProviderCheck.Outcome.NOT_CONFIGURED);
    }

    private ProducerTemplate route(String user, String password) throws Exception {
        if (camel == null) {
            camel = new DefaultCamelContext();
            camel.addComponent(SmtpComponent.NAME, new SmtpComponent());
            camel.start();
        }
        SmtpProvider provider = provider(user, password);
        camel.getRouteController().stopAllRoutes();
        camel.removeRoute("doganhub-email-smtp");
        camel.addRoutes(provider);
        return camel.createProducerTemplate();
    }

    private SmtpProvider provider(String user, String password) {
        return provider(user, password, "127.0.0.1");
    }

    private SmtpProvider provider(String user, String password, String host) {
        return new SmtpProvider(settings(host, String.valueOf(greenMail.getSmtp().getPort()), user, password));
    }

    private static OutboundEmail email(String id) {
        EmailMessage message = new EmailMessage(null, List.of(new EmailAddress("sara@alnoor.sa", "سارة")), null, null,
                null, "فاتورة رقم 42 – مؤسسة النور", "مرحباً سارة، مرفق فاتورتك.", "<p dir=\"rtl\">مرحباً سارة</p>",
                List.of(new EmailAttachment("invoice-42.pdf", "application/pdf", new byte[] { 37, 80, 68, 70 })), null);
        return new OutboundEmail(id, "alnoor", id + "@doganhub", new EmailAddress("billing@alnoor.sa", "مؤسسة النور"),
                message, Map.of());
    }

    static SmtpSettings settings(String host, String port, String user, String password) {
        return settings(host, port, user, password, "none");
    }

    static SmtpSettings settings(String host, String port, String user, String password, String security) {
        return new SmtpSettings() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return SmtpSettings.class;
            }

            @Override
            public String host() {
                return host;
            }

            @Override
            public String port() {
                return port;
            }

            @Override
            public String security() {
                return security;
            }

            @Override
            public String username() {
                return user == null ? "" : user;
            }

            @Override
            public String password() {
                return password == null ? "" : password;
            }

            @Override
            public int timeoutSeconds() {
                return 5;
            }
        };
    }
}
