package com.doganhub.platform.identity.internal.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import com.doganhub.platform.identity.internal.branding.Branding;

class AccountMailTest {

    private final Branding alnoor = new Branding("النور", "Al Noor", null, "#0A5C36", "#C8A24A", "help@alnoor.sa", null);

    @Test
    void theResetMailIsInTheUsersLanguageWithTheTenantsBrand() {
        AccountMail.Rendered mail = AccountMail.render("reset", Locale.forLanguageTag("ar"), alnoor, "سارة",
                "https://erp.alnoor.sa/reset-password?token=abc", "abc", Duration.ofMinutes(60));

        assertThat(mail.subject()).isEqualTo("النور: إعادة تعيين كلمة المرور");
        assertThat(mail.text()).startsWith("مرحباً سارة،").contains("https://erp.alnoor.sa/reset-password?token=abc")
                .contains("1 ساعة");
        assertThat(mail.html()).contains("dir=\"rtl\"").contains("#0A5C36").contains("#C8A24A");
    }

    @Test
    void anInvitationInEnglishStatesHowLongItIsValid() {
        AccountMail.Rendered mail = AccountMail.render("invite", Locale.ENGLISH, alnoor, "khalid@alnoor.sa",
                "https://x/accept-invitation?token=t", "t", Duration.ofDays(7));

        assertThat(mail.subject()).isEqualTo("Al Noor: you are invited");
        assertThat(mail.text()).contains("valid for 7 days").contains("Hello khalid@alnoor.sa,");
        assertThat(mail.html()).contains("dir=\"ltr\"").contains("Accept the invitation");
    }

    @Test
    void textInTheHtmlIsEscaped() {
        Branding hostile = new Branding("<b>", "<script>alert(1)</script>", null, "#000000", "#FFFFFF", null, null);

        AccountMail.Rendered mail = AccountMail.render("verify", Locale.ENGLISH, hostile, "x", "https://x/?a=1&b=2", "t",
                Duration.ofHours(48));

        assertThat(mail.html()).doesNotContain("<script>").contains("&lt;script&gt;").contains("a=1&amp;b=2");
    }
}
