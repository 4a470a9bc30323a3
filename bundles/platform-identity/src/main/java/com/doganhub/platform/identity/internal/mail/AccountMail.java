package com.doganhub.platform.identity.internal.mail;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import com.doganhub.integration.api.email.EmailAddress;
import com.doganhub.integration.api.email.EmailGateway;
import com.doganhub.notifications.api.Brand;
import com.doganhub.notifications.api.NotificationTemplates;
import com.doganhub.notifications.api.RenderedEmail;
import com.doganhub.platform.identity.internal.IdentitySettings;
import com.doganhub.platform.identity.internal.auth.ActionTokens;
import com.doganhub.platform.identity.internal.branding.Branding;
import com.doganhub.platform.identity.internal.branding.TenantBrandSource;
import com.doganhub.platform.identity.internal.branding.BrandingService;
import com.doganhub.platform.identity.internal.users.UserEntity;

/**
 * The account emails (invitation, email verification, password reset) in the user's language, rendered from the
 * platform's notification templates with the tenant's branding and queued through {@link EmailGateway} in the
 * caller's transaction.
 */
@Component(service = AccountMail.class, configurationPid = IdentitySettings.PID)
public class AccountMail {

    private static final String VALIDITY = "com.doganhub.platform.identity.internal.mail.validity";

    private final EmailGateway email;
    private final NotificationTemplates templates;
    private final BrandingService branding;
    private final ActionTokens tokens;
    private final String publicUrl;

    @Activate
    public AccountMail(@Reference(policyOption = ReferencePolicyOption.GREEDY) EmailGateway email,
            @Reference NotificationTemplates templates, @Reference BrandingService branding,
            @Reference ActionTokens tokens, IdentitySettings settings) {
        this.email = email;
        this.templates = templates;
        this.branding = branding;
        this.tokens = tokens;
        String base = settings.public_url().strip();
        this.publicUrl = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    public void invite(UserEntity user, String token) {
        send(user, "invitation", "acceptUrl", "accept-invitation", token, tokens.lifetime(ActionTokens.Purpose.INVITATION));
    }

    public void verifyEmail(UserEntity user, String token) {
        send(user, "email-verification", "verifyUrl", "verify-email", token,
                tokens.lifetime(ActionTokens.Purpose.EMAIL_VERIFICATION));
    }

    public void passwordReset(UserEntity user, String token) {
        send(user, "password-reset", "resetUrl", "reset-password", token,
                tokens.lifetime(ActionTokens.Purpose.PASSWORD_RESET));
    }

    private void send(UserEntity user, String template, String linkVariable, String page, String token,
            Duration validity) {
        Branding brand = branding.current();
        RenderedEmail rendered = render(templates, template, linkVariable, Locale.forLanguageTag(user.locale()), brand,
                user.name() == null ? user.email() : user.name(),
                publicUrl + "/" + page + "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8), token, validity);
        email.send(rendered.message(new EmailAddress(user.email(), user.name()),
                brand.supportEmail() == null ? null : EmailAddress.of(brand.supportEmail())));
    }

    static RenderedEmail render(NotificationTemplates templates, String template, String linkVariable, Locale locale,
            Branding brand, String recipient, String link, String token, Duration validity) {
        Locale language = "ar".equals(locale.getLanguage()) ? Locale.forLanguageTag("ar") : Locale.ENGLISH;
        return templates.render(template, language, brandOf(brand), Map.of("userName", recipient, linkVariable, link,
                "validity", validityText(language, validity), "code", token));
    }

    static Brand brandOf(Branding branding) {
        return TenantBrandSource.brandOf(branding);
    }

    static String validityText(Locale language, Duration validity) {
        ResourceBundle texts = ResourceBundle.getBundle(VALIDITY, language, AccountMail.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        long hours = validity.toHours();
        if (hours >= 48 && hours % 24 == 0) {
            return MessageFormat.format(texts.getString("validity.days"), String.valueOf(hours / 24));
        }
        if (hours >= 1 && validity.toMinutes() % 60 == 0) {
            return MessageFormat.format(texts.getString("validity.hours"), String.valueOf(hours));
        }
        return MessageFormat.format(texts.getString("validity.minutes"), String.valueOf(validity.toMinutes()));
    }
}
