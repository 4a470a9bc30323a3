package com.doganhub.integration.runtime.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;

import com.doganhub.platform.api.LocalizedText;
import com.doganhub.platform.api.i18n.MessageCatalog;

/** Messages of this bundle's problem codes. */
@Component(service = MessageCatalog.class)
public class IntegrationMessages implements MessageCatalog {

    private static final Map<String, LocalizedText> PATTERNS = Map.of(
            "provider.unknown", new LocalizedText(
                    "لا يوجد مزوّد ''{0}'' مثبّت للقدرة {1}. المزوّدون المثبّتون: {2}. بقيت السلسلة السابقة نافذة.",
                    "There is no installed provider ''{0}'' for {1}. Installed: {2}. The previous chain stays active."),
            "provider.configuration-unwritable", new LocalizedText(
                    "تعذّرت كتابة ملف الإعداد {0}، فبقيت السلسلة {1} نافذة. اجعل الملف قابلًا للكتابة أو عدّله حيث يُدار.",
                    "The configuration file {0} cannot be written, so the chain stays {1}. Make the file writable, or edit it where it is managed."));

    @Override
    public Optional<String> pattern(String code, Locale locale) {
        return Optional.ofNullable(PATTERNS.get(code)).map(text -> text.in(locale));
    }
}
