package com.doganhub.platform.identity.internal.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.doganhub.notifications.api.Brand;
import com.doganhub.notifications.api.NotificationTemplates;
import com.doganhub.notifications.api.RenderedEmail;
import com.doganhub.platform.identity.internal.branding.Branding;

/** What the account emails hand to the notification templates; the templates' own rendering is tested there. */
class AccountMailTest {

    private final Branding alnoor = new Branding("النور", "Al Noor", null, "#0A5C36", "#C8A24A", "help@alnoor.sa", null);
    private final RecordingTemplates templates = new RecordingTemplates();

    @Test
    void theResetMailIsInTheUsersLanguageWithTheTenantsBrandTheLinkAndTheCode() {
        AccountMail.render(templates, "password-reset", "resetUrl", Locale.forLanguageTag("ar-SA"), alnoor, "سارة",
                "https://erp.alnoor.sa/reset-password?token=abc", "abc", Duration.ofMinutes(60));

        assertThat(templates.id).isEqualTo("password-reset");
        assertThat(templates.locale.getLanguage()).isEqualTo("ar");
        assertThat(templates.values).containsEntry("userName", "سارة")
                .containsEntry("resetUrl", "https://erp.alnoor.sa/reset-password?token=abc")
                .containsEntry("validity", "1 ساعة").containsEntry("code", "abc");
        assertThat(templates.brand).isEqualTo(new Brand("النور", "Al Noor", "#0A5C36", "#C8A24A", null, "help@alnoor.sa"));
    }

    @Test
    void anInvitationStatesHowLongItIsValidInTheUsersLanguage() {
        AccountMail.render(templates, "invitation", "acceptUrl", Locale.ENGLISH, alnoor, "khalid@alnoor.sa",
                "https://x/accept-invitation?token=t", "t", Duration.ofDays(7));
        assertThat(templates.values).containsEntry("validity", "7 days").containsEntry("acceptUrl",
                "https://x/accept-invitation?token=t");
        assertThat(AccountMail.validityText(Locale.forLanguageTag("ar"), Duration.ofHours(48))).isEqualTo("2 أيام");
        assertThat(AccountMail.validityText(Locale.ENGLISH, Duration.ofMinutes(30))).isEqualTo("30 minutes");
    }

    /** Records the last render request. */
    static final class RecordingTemplates implements NotificationTemplates {
        String id;
        Locale locale;
        Brand brand;
        Map<String, String> values;

        @Override
        public List<TemplateInfo> templates() {
            return List.of();
        }

        @Override
        public RenderedEmail render(String templateId, Locale locale, Brand brand, Map<String, String> values) {
            this.id = templateId;
            this.locale = locale;
            this.brand = brand;
            this.values = values;
            return new RenderedEmail(templateId, locale.getLanguage(), "subject", "<html></html>", "text");
        }

        @Override
        public RenderedEmail preview(String templateId, Locale locale) {
            throw new UnsupportedOperationException();
        }
    }
}
