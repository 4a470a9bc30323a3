package com.doganhub.integration.outbox.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;

import com.doganhub.platform.api.LocalizedText;
import com.doganhub.platform.api.i18n.MessageCatalog;

/** Messages of this bundle's problem codes. */
@Component(service = MessageCatalog.class)
public class OutboxMessages implements MessageCatalog {

    private static final Map<String, LocalizedText> PATTERNS = Map.of(
            "outbox.not-retryable", new LocalizedText(
                    "لا يمكن إعادة إرسال رسالة حالتها {0}: تُعاد الرسائل المتعثرة أو المنتظرة فقط.",
                    "A message in status {0} cannot be retried: only dead or waiting messages can."),
            "email.recipient", new LocalizedText("''{0}'' ليس عنوان بريد إلكتروني صالحاً.",
                    "''{0}'' is not a valid email address."),
            "email.single-line", new LocalizedText("يجب أن تكون هذه القيمة سطراً واحداً (بلا CR أو LF).",
                    "This value must be a single line (no CR or LF)."));

    @Override
    public Optional<String> pattern(String code, Locale locale) {
        return Optional.ofNullable(PATTERNS.get(code)).map(text -> text.in(locale));
    }
}
