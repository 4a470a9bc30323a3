package com.doganhub.platform.identity.internal;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

import org.osgi.service.component.annotations.Component;

import com.doganhub.platform.api.i18n.MessageCatalog;

/** The messages of this bundle's problem codes, in Arabic and English. */
@Component(service = MessageCatalog.class)
public class IdentityMessages implements MessageCatalog {

    private static final String BUNDLE = "com.doganhub.platform.identity.internal.messages";

    @Override
    public Optional<String> pattern(String code, Locale locale) {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, IdentityMessages.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            return bundle.containsKey(code) ? Optional.of(bundle.getString(code)) : Optional.empty();
        } catch (MissingResourceException missing) {
            return Optional.empty();
        }
    }
}
