package com.doganhub.integration.storage.internal.files;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;

import com.doganhub.platform.api.LocalizedText;
import com.doganhub.platform.api.i18n.MessageCatalog;

/** Messages of the files API's problem codes. */
@Component(service = MessageCatalog.class)
public class FileMessages implements MessageCatalog {

    private static final Map<String, LocalizedText> PATTERNS = Map.of(
            "file.unknown-entity", new LocalizedText("لا يوجد سجل {0} بهذا المعرف تستطيع إرفاق الملفات به.",
                    "There is no {0} with this id that you may attach files to."),
            "file.attachment-read-only", new LocalizedText("تستطيع عرض مرفقات هذا السجل ({0}) لا تعديلها.",
                    "You may see this {0}'s attachments but not change them."),
            "file.too-large", new LocalizedText("الملف أكبر من الحد المسموح ({0} ميغابايت).",
                    "The file is larger than the limit ({0} MB)."),
            "file.quota", new LocalizedText("تجاوز الرفع حصة التخزين للمنشأة ({0} ميغابايت، المستخدم {1} ميغابايت).",
                    "The upload exceeds the tenant's storage quota ({0} MB, {1} MB used)."),
            "storage.unavailable", new LocalizedText("التخزين غير متاح حالياً؛ أعد المحاولة لاحقاً.",
                    "Storage is not available right now; try again later."),
            "file.multipart", new LocalizedText("أرسل الملف كنموذج multipart/form-data في الحقل file.",
                    "Send the file as multipart/form-data in the field file."),
            "storage.migration.unknown-provider", new LocalizedText("لا يوجد مزود تخزين مثبت باسم ''{0}''؛ المثبت: {1}.",
                    "No storage provider ''{0}'' is installed; installed: {1}."),
            "storage.migration.same-provider", new LocalizedText("المصدر والوجهة هما المزود نفسه.",
                    "The source and the target are the same provider."),
            "storage.migration.running", new LocalizedText("عملية ترحيل تخزين أخرى قيد التنفيذ؛ انتظر انتهاءها.",
                    "Another storage migration is running; wait for it to finish."));

    @Override
    public Optional<String> pattern(String code, Locale locale) {
        return Optional.ofNullable(PATTERNS.get(code)).map(text -> text.in(locale));
    }
}
