package com.doganhub.platform.identity.internal.mail;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Duration;
import java.util.Locale;
import java.util.ResourceBundle;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import com.doganhub.integration.api.email.EmailAddress;
import com.doganhub.integration.api.email.EmailGateway;
import com.doganhub.integration.api.email.EmailMessage;
import com.doganhub.platform.identity.internal.IdentitySettings;
import com.doganhub.platform.identity.internal.auth.ActionTokens;
import com.doganhub.platform.identity.internal.branding.Branding;
import com.doganhub.platform.identity.internal.branding.BrandingService;
import com.doganhub.platform.identity.internal.users.UserEntity;

/**
 * The account emails (invitation, email verification, password reset) in the user's language, carrying the
 * tenant's branding. Sent through {@link EmailGateway} within the caller's transaction.
 */
@Component(service = AccountMail.class, configurationPid = IdentitySettings.PID)
public class AccountMail {

    private static final String TEMPLATES = "com.doganhub.platform.identity.internal.mail.templates";

    private final EmailGateway email;
    private final BrandingService branding;
    private final ActionTokens tokens;
    private final String publicUrl;

    @Activate
    public AccountMail(@Reference(policyOption = ReferencePolicyOption.GREEDY) EmailGateway email, @Reference BrandingService branding,
            @Reference ActionTokens tokens, IdentitySettings settings) {
        this.email = email;
        this.branding = branding;
        this.tokens = tokens;
        String base = settings.public_url().strip();
        this.publicUrl = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    public void invite(UserEntity user, String token) {
        send(user, "invite", "accept-invitation", token, tokens.lifetime(ActionTokens.Purpose.INVITATION));
    }

    public void verifyEmail(UserEntity user, String token) {
        send(user, "verify", "verify-email", token, tokens.lifetime(ActionTokens.Purpose.EMAIL_VERIFICATION));
    }

    public void passwordReset(UserEntity user, String token) {
        send(user, "reset", "reset-password", token, tokens.lifetime(ActionTokens.Purpose.PASSWORD_RESET));
    }

    private void send(UserEntity user, String template, String page, String token, Duration validity) {
        Locale locale = Locale.forLanguageTag(user.locale());
        Branding brand = branding.current();
        Rendered rendered = render(template, locale, brand, user.name() == null ? user.email() : user.name(),
                publicUrl + "/" + page + "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8), token, validity);
        EmailMessage message = EmailMessage.text(new EmailAddress(user.email(), user.name()), rendered.subject(),
                rendered.text()).withHtmlBody(rendered.html());
        if (brand.supportEmail() != null) {
            message = new EmailMessage(null, message.to(), null, null, EmailAddress.of(brand.supportEmail()),
                    message.subject(), message.textBody(), message.htmlBody(), null, null);
        }
        email.send(message);
    }

    /** Subject, plain text and HTML of one account email. */
    record Rendered(String subject, String text, String html) {
    }

    static Rendered render(String template, Locale locale, Branding brand, String recipient, String link, String token,
            Duration validity) {
        Locale language = "ar".equals(locale.getLanguage()) ? Locale.forLanguageTag("ar") : Locale.ENGLISH;
        ResourceBundle texts = ResourceBundle.getBundle(TEMPLATES, language, AccountMail.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String tenant = brand.displayName(language);
        String hours = validityText(texts, validity);
        Object[] args = { tenant, recipient, link, token, hours };
        String subject = format(texts.getString(template + ".subject"), language, args);
        String text = format(texts.getString(template + ".text"), language, args);
        String action = format(texts.getString(template + ".action"), language, args);
        String direction = "ar".equals(language.getLanguage()) ? "rtl" : "ltr";
        String html = "<!DOCTYPE html><html lang=\"" + language.getLanguage() + "\" dir=\"" + direction + "\"><body "
                + "style=\"font-family:Tahoma,Arial,sans-serif;margin:0;padding:24px;background:#f6f7f9\">"
                + "<div style=\"max-width:560px;margin:auto;background:#fff;border-top:6px solid " + brand.primaryColor()
                + ";padding:24px\"><h2 style=\"color:" + brand.primaryColor() + "\">" + escape(tenant) + "</h2>"
                + "<p>" + escape(text).replace("\n", "<br>") + "</p>"
                + "<p><a href=\"" + escape(link) + "\" style=\"display:inline-block;padding:10px 18px;background:"
                + brand.accentColor() + ";color:#fff;text-decoration:none;border-radius:4px\">" + escape(action)
                + "</a></p></div></body></html>";
        return new Rendered(subject, text, html);
    }

    private static String validityText(ResourceBundle texts, Duration validity) {
        long hours = validity.toHours();
        if (hours >= 48 && hours % 24 == 0) {
            return MessageFormat.format(texts.getString("validity.days"), String.valueOf(hours / 24));
        }
        if (hours >= 1 && validity.toMinutes() % 60 == 0) {
            return MessageFormat.format(texts.getString("validity.hours"), String.valueOf(hours));
        }
        return MessageFormat.format(texts.getString("validity.minutes"), String.valueOf(validity.toMinutes()));
    }

    private static String format(String pattern, Locale locale, Object[] args) {
        return new MessageFormat(pattern, locale).format(args);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
