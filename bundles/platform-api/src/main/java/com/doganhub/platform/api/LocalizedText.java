package com.doganhub.platform.api;

import java.util.Locale;
import java.util.Objects;

/** A text shown to people, in the platform's two languages. */
public record LocalizedText(String ar, String en) {

    public LocalizedText {
        Objects.requireNonNull(ar, "ar");
        Objects.requireNonNull(en, "en");
    }

    /** The Arabic text for an Arabic locale, the English text otherwise. */
    public String in(Locale locale) {
        return locale != null && "ar".equals(locale.getLanguage()) ? ar : en;
    }
}
