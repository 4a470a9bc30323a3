package com.doganhub.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.doganhub.notifications.api.Brand;
import com.doganhub.notifications.api.NotificationTemplates;
import com.doganhub.notifications.api.RenderedEmail;

class TemplateRendererTest {

    private final TemplateRenderer renderer = new TemplateRenderer();
    private final Brand alnoor = new Brand("مؤسسة النور", "Al Noor Est.", "#0a5c36", "#C8A24A",
            "https://cdn.alnoor.sa/logo.png", "help@alnoor.sa");

    @Test
    void shipsEveryTemplateTheProductNeeds() {
        assertThat(renderer.templates()).extracting(NotificationTemplates.TemplateInfo::id).containsExactly("welcome",
                "invitation", "email-verification", "password-reset", "license-renewal-early", "license-renewal-upcoming",
                "license-renewal-urgent", "license-expired", "usage-warning-80", "usage-warning-100",
                "invoice-notification", "job-failed", "job-long-running", "contact-message", "payment-failed",
                "billing-invoice-paid");
    }

    @Test
    void everyTemplatePreviewsInArabicRightToLeftAndInEnglish() {
        for (NotificationTemplates.TemplateInfo template : renderer.templates()) {
            RenderedEmail arabic = renderer.preview(template.id(), Locale.forLanguageTag("ar"));
            assertThat(arabic.language()).isEqualTo("ar");
            assertThat(arabic.html()).startsWith("<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\">").contains("text-align:right");
            assertThat(arabic.subject()).doesNotContain("{{").doesNotContain("\n");
            assertThat(arabic.text()).doesNotContain("{{").contains("دوغان هب");
            RenderedEmail english = renderer.preview(template.id(), Locale.ENGLISH);
            assertThat(english.html()).contains("<html lang=\"en\" dir=\"ltr\">").doesNotContain("{{");
            assertThat(english.text()).contains("DoganHub");
        }
    }

    @Test
    void theTenantsBrandIsApplied() {
        RenderedEmail email = renderer.render("invoice-notification", Locale.forLanguageTag("ar"), alnoor, Map.of(
                "customerName", "شركة الأفق", "invoiceNumber", "INV-42", "amount", "1,150.00 ر.س", "dueDate", "2026-12-27",
                "invoiceUrl", "https://app.alnoor.sa/invoices/42"));
        assertThat(email.subject()).isEqualTo("فاتورة INV-42 من مؤسسة النور");
        assertThat(email.html()).contains("border-top:6px solid #0a5c36").contains("background:#C8A24A")
                .contains("<img src=\"https://cdn.alnoor.sa/logo.png\"").contains("href=\"https://app.alnoor.sa/invoices/42\"")
                .contains("help@alnoor.sa");
        assertThat(email.text()).contains("عرض الفاتورة: https://app.alnoor.sa/invoices/42").contains("للمساعدة: help@alnoor.sa");
    }

    @Test
    void valuesArriveEscapedAndSubjectsStayOnOneLine() {
        Map<String, String> values = new HashMap<>(Map.of("userName", "<script>alert('x')</script>\r\nBcc: a@b.sa",
                "loginUrl", "https://app.doganhub.sa/login?a=1&b=\"2\""));
        RenderedEmail email = renderer.render("welcome", Locale.ENGLISH,
                new Brand(null, "Evil <b>Brand</b>", "red;background:url(x)", null, "javascript:alert(1)", null), values);
        assertThat(email.html()).doesNotContain("<script>").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
                .contains("Evil &lt;b&gt;Brand&lt;/b&gt;").contains("href=\"https://app.doganhub.sa/login?a=1&amp;b=&quot;2&quot;\"")
                .doesNotContain("javascript:").doesNotContain("url(x)").contains("#0F766E");
        assertThat(email.subject()).isEqualTo("Welcome to Evil <b>Brand</b>").doesNotContain("\n");
    }

    @Test
    void missingValuesAndLinksThatAreNotWebAddressesAreRefused() {
        assertThatThrownBy(() -> renderer.render("password-reset", Locale.ENGLISH, alnoor, Map.of("userName", "Sara")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[resetUrl, validity, code]");
        assertThatThrownBy(() -> renderer.render("welcome", Locale.ENGLISH, alnoor,
                Map.of("userName", "Sara", "loginUrl", "javascript:alert(1)"))).hasMessageContaining("http(s) URL");
        assertThatThrownBy(() -> renderer.preview("fax-cover", Locale.ENGLISH)).hasMessageContaining("no template fax-cover");
    }

    @Test
    void aRenderedEmailBecomesAMessageForTheGateway() {
        RenderedEmail email = renderer.preview("welcome", Locale.ENGLISH);
        var message = email.message(com.doganhub.integration.api.email.EmailAddress.of("sara@alnoor.sa"), null);
        assertThat(message.to()).extracting(address -> address.address()).isEqualTo(List.of("sara@alnoor.sa"));
        assertThat(message.htmlBody()).isEqualTo(email.html());
        assertThat(message.textBody()).isEqualTo(email.text());
    }
}
