package com.doganhub.platform.api.i18n;

import java.util.List;
import java.util.Locale;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The platform's messages by code, from every registered {@link MessageCatalog} and the platform's own: what a
 * module uses when it reports problems in a body of its own (an import report, say) rather than as problem+json,
 * so they read exactly as the API's errors do.
 */
@ProviderType
public interface Messages {

    /** The message for {@code code} in Arabic for an Arabic locale, English otherwise; an unknown code as itself. */
    String format(String code, List<Object> args, Locale locale);
}
