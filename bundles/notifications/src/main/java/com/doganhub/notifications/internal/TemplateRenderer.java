package com.doganhub.notifications.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import com.doganhub.notifications.api.Brand;
import com.doganhub.notifications.api.NotificationTemplates;
import com.doganhub.notifications.api.RenderedEmail;

/**
 * Renders the templates shipped in {@code templates/}. The HTML is built here, around the template's paragraphs, so
 * that every value passes through one escaping function and every template gets the same branded, RTL-aware layout.
 */
@Component(service = NotificationTemplates.class)
public class TemplateRenderer implements NotificationTemplates {

    static final Set<String> BRAND_VARIABLES = Set.of("brandName", "supportEmail");

    private final Map<String, Template> templates;
    private final List<String> order;

    @Activate
    public TemplateRenderer() {
        this(TemplateRenderer.class.getClassLoader());
    }

    TemplateRenderer(ClassLoader loader) {
        Map<String, Template> loaded = new LinkedHashMap<>();
        for (String id : index(loader)) {
            loaded.put(id, Template.load(id, loader));
        }
        this.templates = Map.copyOf(loaded);
        this.order = List.copyOf(loaded.keySet());
    }

    @Override
    public List<TemplateInfo> templates() {
        List<TemplateInfo> infos = new ArrayList<>();
        for (String id : order) {
            Template template = templates.get(id);
            infos.add(new TemplateInfo(id, template.description(), template.variables()));
        }
        return infos;
    }

    @Override
    public RenderedEmail preview(String templateId, Locale locale) {
        return render(templateId, locale, Brand.platform(),
                template(templateId).samples().get("ar".equals(locale.getLanguage()) ? "ar" : "en"));
    }

    @Override
    public RenderedEmail render(String templateId, Locale locale, Brand brand, Map<String, String> values) {
        Template template = template(templateId);
        List<String> missing = new ArrayList<>();
        for (String variable : template.variables()) {
            if (values.get(variable) == null || values.get(variable).isBlank()) {
                missing.add(variable);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("template " + templateId + " needs " + missing);
        }
        String link = template.actionUrlVariable() == null ? null : values.get(template.actionUrlVariable());
        if (link != null && !link.startsWith("https://") && !link.startsWith("http://")) {
            throw new IllegalArgumentException("the link " + template.actionUrlVariable() + " must be an http(s) URL");
        }
        String language = "ar".equals(locale.getLanguage()) ? "ar" : "en";
        Locale chosen = Locale.forLanguageTag(language);
        Map<String, String> all = new HashMap<>(values);
        all.put("brandName", brand.name(chosen));
        all.put("supportEmail", brand.supportEmail() == null ? "" : brand.supportEmail());
        Template.Texts texts = template.texts().get(language);
        String subject = Template.fill(texts.subject(), all, TemplateRenderer::singleLine);
        String body = Template.fill(texts.body(), all, value -> value);
        String action = texts.action() == null ? null : Template.fill(texts.action(), all, TemplateRenderer::singleLine);
        return new RenderedEmail(templateId, language, subject,
                HtmlLayout.render(language, subject, brand, chosen, texts.body(), all, action, link),
                text(body, action, link, footer(language, brand, chosen)));
    }

    private Template template(String id) {
        Template template = templates.get(id);
        if (template == null) {
            throw new IllegalArgumentException("no template " + id + "; there are " + order);
        }
        return template;
    }

    private static String text(String body, String action, String link, String footer) {
        StringBuilder text = new StringBuilder(body.strip());
        if (action != null && link != null) {
            text.append("\n\n").append(action).append(": ").append(link);
        }
        return text.append("\n\n-- \n").append(footer).append('\n').toString();
    }

    static String footer(String language, Brand brand, Locale locale) {
        String name = brand.name(locale);
        if ("ar".equals(language)) {
            return "هذه رسالة من " + name + (brand.supportEmail() == null ? "." : ". للمساعدة: " + brand.supportEmail());
        }
        return "This message comes from " + name + (brand.supportEmail() == null ? "." : ". Help: " + brand.supportEmail());
    }

    /** Subjects and button labels are one line, whatever a value holds (no header injection through a name). */
    static String singleLine(String value) {
        return value.replaceAll("[\\r\\n]+", " ");
    }

    private static List<String> index(ClassLoader loader) {
        Properties index = new Properties();
        try (InputStream in = loader.getResourceAsStream("templates/index.properties")) {
            if (in == null) {
                throw new IllegalStateException("templates/index.properties is missing");
            }
            index.load(in);
        } catch (IOException unreadable) {
            throw new IllegalStateException("cannot read templates/index.properties", unreadable);
        }
        List<String> ids = new ArrayList<>();
        for (String id : index.getProperty("templates", "").split(",")) {
            if (!id.isBlank()) {
                ids.add(id.strip());
            }
        }
        return ids;
    }
}
