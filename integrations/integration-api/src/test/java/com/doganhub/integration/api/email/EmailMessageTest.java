package com.doganhub.integration.api.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class EmailMessageTest {

    private static final EmailAddress CUSTOMER = new EmailAddress("finance@alnoor.example.sa", "شركة النور");

    @Test
    void acceptsAnArabicSubjectAndDisplayName() {
        EmailMessage message = EmailMessage.text(CUSTOMER, "فاتورة رقم ١٢٣", "مرحباً");
        assertThat(message.subject()).isEqualTo("فاتورة رقم ١٢٣");
        assertThat(message.to()).containsExactly(CUSTOMER);
    }

    @Test
    void refusesHeaderInjectionThroughTheSubject() {
        assertThatThrownBy(() -> EmailMessage.text(CUSTOMER, "Invoice\r\nBcc: victim@example.com", "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("subject");
    }

    @Test
    void refusesHeaderInjectionThroughHeadersAndDisplayNames() {
        assertThatThrownBy(() -> new EmailMessage(null, List.of(CUSTOMER), null, null, null, "s", "b", null, null,
                Map.of("X-Tag", "a\nBcc: victim@example.com"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EmailAddress("a@b.sa", "Name\r\nBcc: x@y.sa"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAddressesWithoutADomain() {
        assertThatThrownBy(() -> EmailAddress.of("owner@localhost")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EmailAddress.of("not-an-address")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void attachmentsAreCopiedSoCallersCannotChangeAQueuedMessage() {
        byte[] pdf = {1, 2, 3};
        EmailMessage message = EmailMessage.text(CUSTOMER, "s", "b")
                .withAttachment(new EmailAttachment("INV-1.pdf", "application/pdf", pdf));
        pdf[0] = 9;
        assertThat(message.attachments().get(0).content()).containsExactly(1, 2, 3);
    }
}
