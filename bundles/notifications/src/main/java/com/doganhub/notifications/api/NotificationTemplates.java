package com.doganhub.notifications.api;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The platform's email templates. Every value is HTML-escaped in the HTML part and kept on one line in the subject;
 * links must be {@code https://} or {@code http://} URLs. Arabic ({@code ar}) renders right-to-left; any other
 * language renders English.
 */
@ProviderType
public interface NotificationTemplates {

    /** The templates and the values each needs. */
    List<TemplateInfo> templates();

    /**
     * @param values the template's variables ({@link TemplateInfo#variables()}); {@code brandName} and
     *               {@code supportEmail} come from {@code brand}
     * @throws IllegalArgumentException for an unknown template, a missing value, or a link that is not an http(s) URL
     */
    RenderedEmail render(String templateId, Locale locale, Brand brand, Map<String, String> values);

    /** The template with its sample values and the platform brand. */
    RenderedEmail preview(String templateId, Locale locale);

    /** A template's id, purpose and variables. */
    record TemplateInfo(String id, String descriptionEn, List<String> variables) {
    }
}
