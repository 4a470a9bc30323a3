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
            text("crm.field-key-format", "مفتاح الحقل حروف لاتينية صغيرة وأرقام وشرطة سفلية، يبدأ بحرف (حتى ٤٠).", "A field key is lower-case letters, digits and underscores, starting with a letter (up to 40)."),
            text("crm.field-options-required", "حقل الاختيار يحتاج خياراً واحداً على الأقل.", "A choice field needs at least one option."),
            text("crm.field-options-choice-only", "الخيارات لحقول الاختيار فقط.", "Options belong to choice fields only."),
            text("crm.field-type-in-use", "لـ {0} جهة اتصال قيم في هذا الحقل؛ لا يتغير نوعه.", "{0} contact(s) hold values of this field; its type cannot change."),
            text("crm.unknown-field", "لا يوجد حقل مخصص بهذا المفتاح.", "There is no custom field with this key."),
            text("crm.field-text", "نص حتى {0} حرف.", "Text of up to {0} characters."),
            text("crm.field-number", "رقم عشري (حتى ١٥ خانة صحيحة و٦ عشرية).", "A decimal number (up to 15 digits before the point and 6 after)."),
            text("crm.field-boolean", "نعم أو لا (true أو false).", "Yes or no (true or false)."),
            text("crm.field-choice", "إحدى القيم: {0}.", "One of: {0}."),
            text("crm.import-empty", "الملف فارغ؛ يحتاج سطر عناوين ثم صفاً واحداً على الأقل.", "The file is empty: it needs a header line and at least one row."),
            text("crm.import-not-csv", "هذا ليس ملف CSV نصياً.", "This is not a CSV text file."),
            text("crm.import-spreadsheet", "هذا ملف جدول (Excel)؛ احفظه بصيغة CSV UTF-8 ثم أعد الاستيراد.", "This is a spreadsheet workbook (Excel): save it as \"CSV UTF-8\" and import that."),
            text("crm.import-not-utf8", "الملف ليس بترميز UTF-8؛ احفظه بصيغة CSV UTF-8.", "The file is not UTF-8 text: save it as \"CSV UTF-8\"."),
            text("crm.import-unclosed-quote", "علامة تنصيص لم تُغلق في الصف الذي يبدأ في السطر {0}.", "A quote opened in the row starting on line {0} is never closed."),
            text("crm.import-too-many-rows", "الملف أطول من {0} صف؛ قسّمه ولم يُستورد شيء.", "The file has more than {0} rows: split it. Nothing was imported."),
            text("crm.import-too-large", "الملف أكبر من {0} ميغابايت.", "The file is larger than {0} MB."),
            text("crm.import-no-columns", "لا عمود معروف في سطر العناوين؛ الأعمدة المعروفة: {0} والحقول المخصصة.", "No known column in the header line; known columns: {0}, and the custom fields."),
            text("crm.import-company-ambiguous", "أكثر من شركة بهذا الاسم.", "More than one company has this name."),
            text("crm.export-too-many", "أكثر من {0} جهة اتصال؛ ضيّق البحث.", "More than {0} contacts: narrow the search."),
            text("crm.contact-has-deals", "لجهة الاتصال {0} صفقة.", "The contact has {0} deal(s)."));

    @Override
    public Optional<String> pattern(String code, Locale locale) {
        return Optional.ofNullable(PATTERNS.get(code)).map(text -> text.in(locale));
    }

    private static Map.Entry<String, LocalizedText> text(String code, String ar, String en) {
        return Map.entry(code, new LocalizedText(ar, en));
    }
}
