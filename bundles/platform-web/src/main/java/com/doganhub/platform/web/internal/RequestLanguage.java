package com.doganhub.platform.web.internal;

import java.util.List;
import java.util.Locale;

/** Picks the platform language (Arabic or English) from an {@code Accept-Language} header. */
final class RequestLanguage {

    private RequestLanguage() {
    }

    static Locale fromHeader(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Locale.ENGLISH;
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
            for (Locale.LanguageRange range : ranges) {
                String tag = range.getRange();
                if (range.getWeight() > 0 && (tag.equals("ar") || tag.startsWith("ar-"))) {
                    return PlatformMessages.ARABIC;
                }
                if (range.getWeight() > 0 && (tag.equals("en") || tag.startsWith("en-"))) {
                    return Locale.ENGLISH;
                }
            }
        } catch (IllegalArgumentException malformed) {
            // a malformed header is not worth refusing a request over
        }
        return Locale.ENGLISH;
    }
}
