package com.doganhub.crm.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;

import com.doganhub.platform.api.LocalizedText;
import com.doganhub.platform.api.i18n.MessageCatalog;

/** Messages of the CRM problem codes, in Arabic and English. */
@Component(service = MessageCatalog.class)
public class CrmMessages implements MessageCatalog {

    private static final Map<String, LocalizedText> PATTERNS = Map.ofEntries(
            text("crm.too-long", "النص أطول من {0} حرفاً.", "The text is longer than {0} characters."),
            text("crm.too-many", "أكثر من {0}.", "More than {0}."),
            text("crm.name-required", "الاسم مطلوب بالعربية أو الإنجليزية.", "A name is needed, in Arabic or English."),
            text("crm.phone-format", "رقم الهاتف غير صالح؛ اكتبه بالصيغة الدولية (+9665XXXXXXXX) أو 05XXXXXXXX.", "Not a phone number: write it internationally (+9665XXXXXXXX) or as 05XXXXXXXX."),
            text("crm.tag-format", "الوسم حروف وأرقام وشرطات (حتى ٤٠).", "A tag is letters, digits, dashes and underscores (up to 40)."),
            text("crm.cr-number-format", "رقم السجل التجاري عشرة أرقام.", "A commercial registration number is 10 digits."),
            text("crm.building-number-format", "رقم المبنى أربعة أرقام.", "A building number is 4 digits."),
            text("crm.postal-code-format", "الرمز البريدي خمسة أرقام.", "A postal code is 5 digits."),
            text("crm.unknown-company", "لا توجد شركة بهذا المعرف.", "There is no company with this id."),
            text("crm.unknown-contact", "لا توجد جهة اتصال بهذا المعرف.", "There is no contact with this id."),
            text("crm.unknown-pipeline", "لا يوجد مسار مبيعات بهذا المعرف.", "There is no pipeline with this id."),
            text("crm.unknown-stage", "لا توجد مرحلة بهذا المعرف.", "There is no stage with this id."),
            text("crm.stage-other-pipeline", "المرحلة من مسار مبيعات آخر؛ الصفقة تتحرك داخل مسارها فقط.", "The stage belongs to another pipeline; a deal moves within its own."),
            text("crm.create-lost", "لا تُنشأ صفقة في مرحلة خاسرة.", "A deal cannot start in a lost stage."),
            text("crm.lost-reason-required", "سبب الخسارة مطلوب.", "A lost deal needs the reason."),
            text("crm.amount-format", "المبلغ رقم غير سالب بخانتين عشريتين على الأكثر.", "The amount is a non-negative number with at most two decimals."),
            text("crm.currency-format", "العملة رمز ISO من ثلاثة أحرف (مثل SAR).", "The currency is a 3-letter ISO code (SAR, for example)."),
            text("crm.date-format", "التاريخ بصيغة YYYY-MM-DD.", "The date is written YYYY-MM-DD."),
            text("crm.stage-count", "المسار يحتاج من {0} إلى {1} مراحل.", "A pipeline has {0} to {1} stages."),
            text("crm.stage-won-and-lost", "المرحلة لا تكون مكسوبة وخاسرة معاً.", "A stage cannot be both won and lost."),
            text("crm.stage-probability", "الاحتمال من ٠ إلى ١٠٠؛ المرحلة المكسوبة ١٠٠ والخاسرة ٠.", "The probability is 0 to 100; a won stage is 100, a lost one 0."),
            text("crm.stage-one-won-one-lost", "مرحلة مكسوبة واحدة ومرحلة خاسرة واحدة على الأكثر.", "At most one won and one lost stage."),
            text("crm.company-in-use", "للشركة {0} جهة اتصال و{1} صفقة؛ انقلها أولاً.", "The company has {0} contact(s) and {1} deal(s); move them first."),
            text("crm.activity-email", "البريد يُرسل من صفحة جهة الاتصال، لا يُسجَّل يدوياً.", "Emails are sent from the contact (POST /crm/contacts/{id}/emails), not logged by hand."),
            text("crm.task-due-required", "المهمة تحتاج تاريخ استحقاق.", "A task needs a due date."),
            text("crm.unknown-value", "القيمة {0} غير معروفة.", "Unknown value {0}."),
            text("crm.contact-without-email", "ليس لجهة الاتصال بريد إلكتروني.", "The contact has no email address."),
            text("crm.not-the-contacts-email", "هذا العنوان ليس من عناوين جهة الاتصال.", "This address is not one of the contact's."),
            text("crm.contact-has-deals", "لجهة الاتصال {0} صفقة.", "The contact has {0} deal(s)."));

    @Override
    public Optional<String> pattern(String code, Locale locale) {
        return Optional.ofNullable(PATTERNS.get(code)).map(text -> text.in(locale));
    }

    private static Map.Entry<String, LocalizedText> text(String code, String ar, String en) {
        return Map.entry(code, new LocalizedText(ar, en));
    }
}
