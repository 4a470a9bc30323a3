package com.doganhub.notifications.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One template as its {@code templates/<id>.properties} describes it: texts and sample values per language
 * ({@code ar}, {@code en}), its variables and which of them is the action link.
 */
record Template(String id, String description, List<String> variables, String actionUrlVariable,
        Map<String, Map<String, String>> samples, Map<String, Texts> texts) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([A-Za-z][A-Za-z0-9]*)\\}\\}");

    /** Subject, body (paragraphs separated by a blank line) and the action button's label, in one language. */
    record Texts(String subject, String body, String action) {
    }

    static Template load(String id, ClassLoader loader) {
        Properties properties = new Properties();
        try (InputStream in = loader.getResourceAsStream("templates/" + id + ".properties")) {
            if (in == null) {
                throw new IllegalStateException("no template file templates/" + id + ".properties");
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException unreadable) {
            throw new IllegalStateException("cannot read template " + id, unreadable);
        }
        List<String> variables = new ArrayList<>();
        for (String name : properties.getProperty("variables", "").split(",")) {
            if (!name.isBlank()) {
                variables.add(name.strip());
            }
        }
        Map<String, Map<String, String>> samples = new LinkedHashMap<>();
        Map<String, Texts> texts = new LinkedHashMap<>();
        for (String language : List.of("ar", "en")) {
            Map<String, String> sample = new LinkedHashMap<>();
            for (String variable : variables) {
                sample.put(variable, properties.getProperty("sample." + language + "." + variable,
                        properties.getProperty("sample." + variable, variable)));
            }
            samples.put(language, Map.copyOf(sample));
            texts.put(language, new Texts(required(properties, id, language + ".subject"),
                    required(properties, id, language + ".body"), properties.getProperty(language + ".action")));
        }
        Template template = new Template(id, properties.getProperty("description", id), List.copyOf(variables),
                properties.getProperty("action.url"), samples, texts);
        template.checkPlaceholders();
        return template;
    }

    /** A template naming a variable it does not declare is a packaging error: found at load, not at send. */
    private void checkPlaceholders() {
        texts.forEach((language, text) -> {
            for (String part : new String[] { text.subject(), text.body(), text.action() == null ? "" : text.action() }) {
                Matcher placeholder = PLACEHOLDER.matcher(part);
                while (placeholder.find()) {
                    String name = placeholder.group(1);
                    if (!variables.contains(name) && !TemplateRenderer.BRAND_VARIABLES.contains(name)) {
                        throw new IllegalStateException("template " + id + " (" + language + ") uses undeclared {{" + name + "}}");
                    }
                }
            }
        });
    }

    static String fill(String pattern, Map<String, String> values, java.util.function.UnaryOperator<String> encode) {
        Matcher placeholder = PLACEHOLDER.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (placeholder.find()) {
            String value = values.getOrDefault(placeholder.group(1), "");
            placeholder.appendReplacement(out, Matcher.quoteReplacement(encode.apply(value)));
        }
        placeholder.appendTail(out);
        return out.toString();
    }

    private static String required(Properties properties, String id, String key) {
        String value = properties.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("template " + id + " lacks " + key);
        }
        return value;
    }
}
