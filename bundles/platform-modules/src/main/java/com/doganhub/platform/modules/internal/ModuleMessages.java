package com.doganhub.platform.modules.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;

import com.doganhub.platform.api.LocalizedText;
import com.doganhub.platform.api.i18n.MessageCatalog;

/** Messages of the module registry's problem codes. */
@Component(service = MessageCatalog.class)
public class ModuleMessages implements MessageCatalog {

    private static final Map<String, LocalizedText> PATTERNS = Map.of(
            "module.unknown", new LocalizedText("لا توجد وحدة ''{0}''؛ الوحدات: {1}.", "There is no module ''{0}''; the modules are: {1}."),
            "module.required-by", new LocalizedText("الوحدة ''{0}'' تحتاجها الوحدات المثبتة: {1}؛ أزلها أولاً.",
                    "Module ''{0}'' is required by installed modules: {1}. Uninstall them first."),
            "module.migration-failed", new LocalizedText("فشل ترحيل قاعدة بيانات الوحدة ''{0}'' عند {1}: {2}. أُزيلت الوحدة وبقيت المنصة كما كانت.",
                    "Module ''{0}'' failed its database migration at {1}: {2}. The module was taken back; the platform is as it was."),
            "module.install-failed", new LocalizedText("تعذر تثبيت الوحدة ''{0}'': {1}", "Module ''{0}'' could not be installed: {1}"),
            "module.uninstall-failed", new LocalizedText("تعذرت إزالة الوحدة ''{0}'': {1}", "Module ''{0}'' could not be uninstalled: {1}"),
            "module.install-timeout", new LocalizedText("لم تعمل الوحدة ''{0}'' خلال {1} ثانية؛ أُزيلت.",
                    "Module ''{0}'' did not start within {1} seconds; it was taken back."),
            "module.not-installed", new LocalizedText("الوحدة ''{0}'' غير مثبتة.", "Module ''{0}'' is not installed."),
            "module.repository-url", new LocalizedText("عنوان مستودع الميزات يبدأ بـ mvn: أو file: أو https:.",
                    "A features repository URL starts with mvn:, file: or https:."),
            "module.repository-unreadable", new LocalizedText("تعذرت قراءة مستودع الميزات: {0}",
                    "The features repository cannot be read: {0}"),
            "module.busy", new LocalizedText("تثبيت أو إزالة وحدة أخرى جارٍ؛ أعد المحاولة بعد انتهائه.",
                    "Another module is being installed or uninstalled; try again when it is done."));

    @Override
    public Optional<String> pattern(String code, Locale locale) {
        return Optional.ofNullable(PATTERNS.get(code)).map(text -> text.in(locale));
    }
}
