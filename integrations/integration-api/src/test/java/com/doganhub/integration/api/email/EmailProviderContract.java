package com.doganhub.integration.api.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What every email provider must do, whatever it talks to: a provider's test extends this class, starts the real
 * peer (an SMTP server, a stub of the provider's HTTP API at the wire) and says how to read back what the peer
 * received. The routes run in a plain Camel context, fed as the outbox feeds them ({@link EmailRoutes}).
 *
 * <p>Shipped in {@code doganhub-integration-api}'s test jar for partners' provider bundles too.
 */
public abstract class EmailProviderContract {

    /** What the peer received, decoded. {@code attachments} by file name. */
    public record Received(String subject, List<String> to, String fromAddress, String fromName, String text, String html,
            Map<String, byte[]> attachments) {
    }

    private CamelContext camel;

    /** The provider's name: its route consumes {@code EmailRoutes.endpoint(provider())}. */
    protected abstract String provider();

    /** The provider's routes, configured against the peer the test started. */
    protected abstract RoutesBuilder routes() throws Exception;

    /** What the peer received for {@code sent} (waiting for it if the peer is asynchronous). */
    protected abstract Received received(OutboundEmail sent) throws Exception;

    /** Takes the peer away (stops the server, or makes the stub drop connections) so that sending fails. */
    protected abstract void takePeerAway() throws Exception;

    /** A secret the provider is configured with, which no failure may reveal. */
    protected abstract String secret();

    /** Components the routes need that the shared context would provide in the platform (SMTP's, say). */
    protected void addComponents(CamelContext context) throws Exception {
        // none by default
    }

    @AfterEach
    void closeCamel() throws Exception {
        if (camel != null) {
            camel.close();
        }
    }

    @Test
    void anArabicMessageWithHtmlAndAnAttachmentArrivesIntact() throws Exception {
        OutboundEmail sent = invoice("contract-1");

        send(sent);

        Received received = received(sent);
        assertThat(received.subject()).isEqualTo("فاتورة رقم 42 – مؤسسة النور");
        assertThat(received.to()).containsExactly("sara@alnoor.sa");
        assertThat(received.fromAddress()).isEqualTo("billing@alnoor.sa");
        assertThat(received.fromName()).isEqualTo("مؤسسة النور");
        assertThat(received.text()).contains("مرحباً سارة، مرفق فاتورتك.");
        assertThat(received.html()).contains("مرحباً سارة");
        assertThat(received.attachments()).containsOnlyKeys("invoice-42.pdf");
        assertThat(received.attachments().get("invoice-42.pdf")).isEqualTo(new byte[] { 37, 80, 68, 70, 45, 49 });
    }

    @Test
    void theReplyIsTheProvidersOwnMessageIdOrNothing() throws Exception {
        Object reply = send(EmailProviderContract.invoice("contract-2"));

        assertThat(reply == null || reply instanceof String && !((String) reply).isBlank())
                .as("reply %s", reply).isTrue();
    }

    @Test
    void aPeerThatIsAwayIsATransientFailureThatRevealsNoSecret() throws Exception {
        ProducerTemplate producer = producer();
        takePeerAway();

        assertThatThrownBy(() -> producer.requestBody(EmailRoutes.endpoint(provider()), invoice("contract-3")))
                .isInstanceOf(CamelExecutionException.class)
                .satisfies(failure -> {
                    Throwable cause = failure.getCause();
                    if (cause instanceof EmailDeliveryFailed failed) {
                        assertThat(failed.permanent()).as("an outage is not the message's fault").isFalse();
                        assertThat(failed.reason()).doesNotContain(secret());
                    }
                    assertThat(String.valueOf(cause)).doesNotContain(secret());
                });
    }

    /** The message every test sends: Arabic subject and names, text and HTML, a PDF attachment. */
    protected static OutboundEmail invoice(String outboxId) {
        EmailMessage message = new EmailMessage(null, List.of(new EmailAddress("sara@alnoor.sa", "سارة")), null, null,
                null, "فاتورة رقم 42 – مؤسسة النور", "مرحباً سارة، مرفق فاتورتك.", "<p dir=\"rtl\">مرحباً سارة</p>",
                List.of(new EmailAttachment("invoice-42.pdf", "application/pdf", new byte[] { 37, 80, 68, 70, 45, 49 })),
                null);
        return new OutboundEmail(outboxId, "alnoor", outboxId + "@doganhub",
                new EmailAddress("billing@alnoor.sa", "مؤسسة النور"), message, Map.of());
    }

    private Object send(OutboundEmail email) throws Exception {
        return producer().requestBody(EmailRoutes.endpoint(provider()), email);
    }

    private ProducerTemplate producer() throws Exception {
        if (camel == null) {
            camel = new DefaultCamelContext();
            addComponents(camel);
            camel.addRoutes(routes());
            camel.start();
        }
        return camel.createProducerTemplate();
    }
}
