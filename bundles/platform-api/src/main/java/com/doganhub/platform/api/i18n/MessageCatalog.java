package com.doganhub.platform.api.i18n;

import java.util.Locale;
import java.util.Optional;

import org.osgi.annotation.versioning.ConsumerType;

/** Message patterns ({@link java.text.MessageFormat} syntax) by code, in the platform's languages. */
@ConsumerType
public interface MessageCatalog {

    /** The pattern for {@code code} in {@code locale}, or empty when this catalog does not know the code. */
    Optional<String> pattern(String code, Locale locale);
}
