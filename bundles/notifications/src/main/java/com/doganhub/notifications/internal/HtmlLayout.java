package com.doganhub.notifications.internal;

import java.util.Locale;
import java.util.Map;

import com.doganhub.notifications.api.Brand;

/**
 * The one HTML frame every template shares: language and direction on {@code <html>}, the tenant's colours (already
 * checked to be {@code #RRGGBB}) and logo, the paragraphs, an optional button, the footer. Inline styles only: mail
 * clients drop style sheets.
 */
final class HtmlLayout {

    private HtmlLayout() {
    }

    static String render(String language, String subject, Brand brand, Locale locale, String bodyPattern,
            Map<String, String> values, String action, String link) {
        boolean rtl = "ar".equals(language);
        String align = rtl ? "right" : "left";
        StringBuilder html = new StringBuilder(2048);
        html.append("<!DOCTYPE html><html lang=\"").append(language).append("\" dir=\"").append(rtl ? "rtl" : "ltr")
                .append("\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">")
                .append("<title>").append(escape(subject)).append("</title></head>")
                .append("<body style=\"margin:0;padding:24px;background:#f6f7f9;font-family:Tahoma,'Segoe UI',Arial,sans-serif\">")
                .append("<div style=\"max-width:560px;margin:auto;background:#ffffff;border-top:6px solid ")
                .append(brand.primaryColor()).append(";padding:24px;text-align:").append(align).append("\">");
        if (brand.logoUrl() != null) {
            html.append("<img src=\"").append(escape(brand.logoUrl())).append("\" alt=\"").append(escape(brand.name(locale)))
                    .append("\" style=\"max-height:48px\">");
        }
        html.append("<h2 style=\"color:").append(brand.primaryColor()).append("\">").append(escape(brand.name(locale)))
                .append("</h2>");
        for (String paragraph : bodyPattern.strip().split("\\n\\s*\\n")) {
            html.append("<p style=\"line-height:1.6\">")
                    .append(Template.fill(paragraph, values, HtmlLayout::escape).replace("\n", "<br>")).append("</p>");
        }
        if (action != null && link != null) {
            html.append("<p><a href=\"").append(escape(link)).append("\" style=\"display:inline-block;padding:10px 18px;")
                    .append("background:").append(brand.accentColor())
                    .append(";color:#ffffff;text-decoration:none;border-radius:4px\">").append(escape(action))
                    .append("</a></p>");
        }
        html.append("<hr style=\"border:none;border-top:1px solid #e5e7eb\"><p style=\"color:#6b7280;font-size:12px\">")
                .append(escape(TemplateRenderer.footer(language, brand, locale))).append("</p></div></body></html>");
        return html.toString();
    }

    /** Text and attribute values: {@code & < > " '} become entities. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
