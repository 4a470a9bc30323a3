package com.doganhub.platform.web.internal;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import com.doganhub.platform.api.i18n.MessageCatalog;
import com.doganhub.platform.api.i18n.Messages;

/**
 * Resolves a problem code to a message in Arabic or English: first the catalogs that module bundles register,
 * then the platform's own. An unknown code is shown as itself, never as an empty message.
 */
@Component(service = { PlatformMessages.class, Messages.class })
public class PlatformMessages implements Messages {

    static final Locale ARABIC = Locale.forLanguageTag("ar");
    private static final String BUNDLE = "com.doganhub.platform.web.internal.messages";

    private final List<MessageCatalog> catalogs = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addCatalog(MessageCatalog catalog) {
        catalogs.add(catalog);
    }

    void removeCatalog(MessageCatalog catalog) {
        catalogs.remove(catalog);
    }

    /** The platform's two languages: Arabic for any {@code ar*} request, English otherwise. */
    static Locale supported(Locale requested) {
        return requested != null && "ar".equals(requested.getLanguage()) ? ARABIC : Locale.ENGLISH;
    }

    @Override
    public String format(String code, List<Object> args, Locale locale) {
        Locale language = supported(locale);
        String pattern = catalogs.stream().map(catalog -> catalog.pattern(code, language))
                .flatMap(Optional::stream).findFirst()
                .or(() -> own(code, language))
                .orElse(code);
        try {
            MessageFormat format = new MessageFormat(pattern, language);
            return format.format(args.stream().map(PlatformMessages::printable).toArray());
        } catch (IllegalArgumentException badPattern) {
            return pattern;
        }
    }

    String title(int status, Locale locale) {
        return own("title." + status, supported(locale)).orElse(String.valueOf(status));
    }

    private static Optional<String> own(String code, Locale language) {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language, PlatformMessages.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            return bundle.containsKey(code) ? Optional.of(bundle.getString(code)) : Optional.empty();
        } catch (MissingResourceException missing) {
            return Optional.empty();
        }
    }

    /** Numbers are passed as text so that MessageFormat does not group digits of ids and line numbers. */
    private static Object printable(Object arg) {
        return arg instanceof Number ? arg.toString() : arg;
    }
}
