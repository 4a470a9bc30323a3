package com.doganhub.zatca.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;

import com.doganhub.platform.api.LocalizedText;
import com.doganhub.platform.api.i18n.MessageCatalog;

/** Messages of the e-invoicing problem codes, in Arabic and English. */
@Component(service = MessageCatalog.class)
public class ZatcaMessages implements MessageCatalog {

    private static final Map<String, LocalizedText> PATTERNS = Map.ofEntries(
            text("zatca.device-name", "اسم الجهاز مطلوب (حتى ١٠٠ حرف).", "A device needs a name (up to 100 characters)."),
            text("zatca.environment", "البيئة {0} غير معروفة؛ استخدم sandbox أو simulation أو production.", "Unknown environment {0}: use sandbox, simulation or production."),
            text("zatca.egs-serial-format", "الرقم التسلسلي للجهاز بصيغة 1-الحل|2-الطراز|3-الرقم.", "The device serial number is written 1-solution|2-model|3-serial."),
            text("zatca.group-member-tin", "في مجموعة ضريبية تكون الوحدة التنظيمية الرقم الضريبي المكون من عشرة أرقام للعضو.", "In a VAT group the organisation unit is the member's 10-digit TIN."),
            text("zatca.invoice-types-format", "أنواع الفواتير أربعة أرقام من 0 و1 (مثل 1100).", "Invoice types are four 0/1 flags (for example 1100)."),
            text("zatca.qr-value-too-long", "قيمة {0} في رمز الاستجابة السريعة أطول من ٢٥٥ بايت.", "The QR value of {0} is longer than 255 bytes."),
            text("zatca.qr-too-long", "رمز الاستجابة السريعة أطول من {0} حرفاً.", "The QR code is longer than {0} characters."),
            text("zatca.otp-format", "رمز التحقق من بوابة فاتورة ستة أرقام.", "The Fatoora portal's one-time password is 6 digits."),
            text("zatca.device-onboarded", "الجهاز تجاوز هذه الخطوة (الحالة {0}).", "The device is past this step (status {0})."),
            text("zatca.device-needs-compliance-csid", "يحتاج الجهاز شهادة الامتثال أولاً (الحالة {0}).", "The device needs its compliance CSID first (status {0})."),
            text("zatca.device-not-compliant", "لم يجتز الجهاز فحوص الامتثال بعد (الحالة {0}).", "The device has not passed the compliance checks yet (status {0})."),
            text("zatca.device-not-active", "الجهاز ليس لديه شهادة إنتاج (الحالة {0}).", "The device has no production CSID (status {0})."),
            text("zatca.device-type", "جهاز الفوترة النشط غير مرخص لإصدار فواتير من نوع {0}.", "The active e-invoicing device is not onboarded for {0} invoices."),
            text("zatca.device-moved-on", "انتقل الجهاز إلى خطوة أخرى أثناء الطلب (الحالة {0})؛ أعد المحاولة إن لزم.", "The device moved to another step meanwhile (status {0}); repeat if still needed."),
            text("zatca.device-key-unusable", "مفتاح جهاز الفوترة {0} لا يُفتح (تغير مفتاح الأسرار؟)؛ لا يمكن توقيع الفواتير.", "The key of e-invoicing device {0} cannot be opened (did the secrets key change?); invoices cannot be signed."),
            text("zatca.sample-seller", "فحوص الامتثال تحتاج بيانات البائع (الاسم والعنوان الوطني).", "The compliance checks need the seller (name and national address)."),
            text("zatca.fatoora-refused", "رفضت هيئة الزكاة والضريبة والجمارك الطلب: {0}", "ZATCA refused the request: {0}"),
            text("zatca.fatoora-unavailable", "تعذر الوصول إلى منصة فاتورة؛ حاول لاحقاً.", "The Fatoora platform cannot be reached; try again later."),
            text("zatca.fatoora-no-csid", "لم تُرجع منصة فاتورة شهادة.", "The Fatoora platform answered without a CSID."));

    @Override
    public Optional<String> pattern(String code, Locale locale) {
        return Optional.ofNullable(PATTERNS.get(code)).map(text -> text.in(locale));
    }

    private static Map.Entry<String, LocalizedText> text(String code, String ar, String en) {
        return Map.entry(code, new LocalizedText(ar, en));
    }
}
