package com.doganhub.integration.email.smtp;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import com.doganhub.integration.api.email.EmailProviderContract;
import com.doganhub.integration.api.email.OutboundEmail;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

/** The email provider contract for SMTP, against a real SMTP server (GreenMail, with authentication). */
class SmtpContractTest extends EmailProviderContract {

    private static final String PASSWORD = "S3cret-Contract-Pass";
    private GreenMail greenMail;

    @BeforeEach
    void startServer() {
        greenMail = new GreenMail(ServerSetupTest.SMTP.dynamicPort())
                .withConfiguration(GreenMailConfiguration.aConfig().withUser("mailer@alnoor.sa", "mailer", PASSWORD));
        greenMail.start();
    }

    @AfterEach
    void stopServer() {
        greenMail.stop();
    }

    @Override
    protected String provider() {
        return "smtp";
    }

    @Override
    protected void addComponents(CamelContext context) {
        context.addComponent(SmtpComponent.NAME, new SmtpComponent());
    }

    @Override
    protected RoutesBuilder routes() {
        return new SmtpProvider(SmtpProviderTest.settings("127.0.0.1", String.valueOf(greenMail.getSmtp().getPort()),
                "mailer", PASSWORD));
    }

    @Override
    protected Received received(OutboundEmail sent) throws Exception {
        greenMail.waitForIncomingEmail(5000, 1);
        MimeMessage message = Arrays.stream(greenMail.getReceivedMessages()).filter(received -> {
            try {
                return ("<" + sent.messageId() + ">").equals(received.getMessageID());
            } catch (jakarta.mail.MessagingException unreadable) {
                return false;
            }
        }).findFirst().orElseThrow();
        InternetAddress from = (InternetAddress) message.getFrom()[0];
        Map<String, byte[]> attachments = new HashMap<>();
        String[] bodies = new String[2];
        walk(message, bodies, attachments);
        return new Received(message.getSubject(), Arrays.stream(message.getAllRecipients())
                .map(address -> ((InternetAddress) address).getAddress()).toList(), from.getAddress(), from.getPersonal(),
                bodies[0], bodies[1], attachments);
    }

    @Override
    protected void takePeerAway() {
        greenMail.stop();
    }

    @Override
    protected String secret() {
        return PASSWORD;
    }

    private static void walk(Part part, String[] bodies, Map<String, byte[]> attachments) throws Exception {
        if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            part.getInputStream().transferTo(bytes);
            attachments.put(part.getFileName(), bytes.toByteArray());
        } else if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                walk(multipart.getBodyPart(i), bodies, attachments);
            }
        } else if (part.isMimeType("text/plain")) {
            bodies[0] = (String) part.getContent();
        } else if (part.isMimeType("text/html")) {
            bodies[1] = (String) part.getContent();
        }
    }
}
