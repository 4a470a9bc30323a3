package com.doganhub.integration.outbox.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.doganhub.integration.api.email.EmailAddress;
import com.doganhub.integration.api.email.EmailAttachment;
import com.doganhub.integration.api.email.EmailMessage;

class EmailPayloadTest {

    @Test
    void aMessageSurvivesTheRoundTripThroughTheOutboxRow() {
        EmailMessage message = new EmailMessage(new EmailAddress("billing@alnoor.sa", "مؤسسة النور"),
                List.of(new EmailAddress("sara@alnoor.sa", "سارة")), List.of(EmailAddress.of("omar@alnoor.sa")),
                List.of(EmailAddress.of("audit@alnoor.sa")), EmailAddress.of("help@alnoor.sa"), "فاتورة رقم 42",
                "نص", "<p>نص</p>", List.of(new EmailAttachment("a.pdf", "application/pdf", new byte[] { 1, 2, 3 })),
                Map.of("X-Campaign", "renewal"));

        EmailMessage read = EmailPayload.read(EmailPayload.write(message));

        assertThat(read).usingRecursiveComparison().isEqualTo(message);
        assertThat(read.attachments().get(0).content()).containsExactly(1, 2, 3);
    }

    @Test
    void aPayloadThatIsNotAMessageIsRefusedWithAReason() {
        assertThatThrownBy(() -> EmailPayload.read("{\"to\":[]}")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("unreadable outbox payload");
    }
}
