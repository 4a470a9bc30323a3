package com.doganhub.billing.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;

import com.doganhub.platform.api.LocalizedText;
import com.doganhub.platform.api.i18n.MessageCatalog;

/** Messages of billing's problem codes. */
@Component(service = MessageCatalog.class)
public class BillingMessages implements MessageCatalog {

    private static final Map<String, LocalizedText> PATTERNS = Map.ofEntries(
            Map.entry("payments.not-configured", new LocalizedText(
                    "الدفع غير مهيأ: لم يُضبط مفتاح Stripe السري (STRIPE_SECRET_KEY). راجع تقرير التكاملات.",
                    "Payments are not configured: the Stripe secret key (STRIPE_SECRET_KEY) is not set. See the integrations report.")),
            Map.entry("payments.webhooks-not-configured", new LocalizedText(
                    "لا يمكن التحقق من إشعارات Stripe: لم يُضبط STRIPE_WEBHOOK_SECRET.",
                    "Stripe webhooks cannot be verified: STRIPE_WEBHOOK_SECRET is not set.")),
            Map.entry("payments.provider-unavailable", new LocalizedText("تعذر الوصول إلى مزود الدفع؛ حاول بعد قليل.",
                    "The payment provider cannot be reached; try again shortly.")),
            Map.entry("payments.provider-refused", new LocalizedText("رفض مزود الدفع الطلب: {0}",
                    "The payment provider refused the request: {0}")),
            Map.entry("billing.plan-active", new LocalizedText("منشأتكم مشتركة في الباقة ''{0}'' بالفعل؛ لإدارتها افتحوا بوابة العميل.",
                    "Your organisation already has the ''{0}'' plan; open the customer portal to manage it.")),
            Map.entry("billing.plan-not-sold", new LocalizedText("الباقة ''{0}'' غير مربوطة بسعر Stripe لفترة {1}.",
                    "Plan ''{0}'' has no Stripe price for {1} billing.")),
            Map.entry("billing.no-customer", new LocalizedText("لا يوجد حساب دفع لمنشأتكم بعد؛ اشتركوا في باقة أولاً.",
                    "Your organisation has no payment account yet; subscribe to a plan first.")),
            Map.entry("billing.subscription-active", new LocalizedText(
                    "لمنشأتكم اشتراك قائم في الباقة ''{0}''؛ غيّروا الباقة أو ألغوها من بوابة العميل.",
                    "Your organisation already subscribes to the ''{0}'' plan; change or cancel it in the customer portal.")),
            Map.entry("billing.interval", new LocalizedText("فترة الفوترة شهرية (monthly) أو سنوية (yearly).",
                    "The billing interval is monthly or yearly.")),
            Map.entry("plan.id", new LocalizedText("معرّف الباقة أحرف لاتينية صغيرة وأرقام وشرطات (حتى 64).",
                    "A plan id is lower-case letters, digits and hyphens (up to 64).")),
            Map.entry("plan.seats", new LocalizedText("عدد المقاعد من 1 إلى 100000.", "Seats are 1 to 100,000.")),
            Map.entry("plan.price", new LocalizedText("السعر بالريال، غير سالب، بخانتين عشريتين على الأكثر.",
                    "A price is in SAR, not negative, with at most two decimals.")),
            Map.entry("plan.module", new LocalizedText("معرّف الوحدة أحرف لاتينية صغيرة وأرقام ونقاط وشرطات.",
                    "A module id is lower-case letters, digits, dots and hyphens.")),
            Map.entry("plan.quota", new LocalizedText("الحصة رقم من 0 إلى مليار؛ اتركها فارغة لتكون غير محدودة.",
                    "A quota is 0 to 1,000,000,000; leave it out for unlimited.")),
            Map.entry("plan.trial-days", new LocalizedText("أيام التجربة من 0 إلى 365.", "Trial days are 0 to 365.")),
            Map.entry("plan.stripe-price", new LocalizedText("سعر Stripe يبدأ بـ price_ (وليس prod_).",
                    "A Stripe price id starts with price_ (not prod_).")),
            Map.entry("license.until-past", new LocalizedText("تاريخ انتهاء الترخيص يجب أن يكون في المستقبل.",
                    "The license's last day must be in the future.")),
            Map.entry("license.until-or-months", new LocalizedText(
                    "حدّدوا آخر يوم (until) أو عدد الأشهر (months، من 1 إلى 120).",
                    "Give the last day (until) or a number of months (months, 1 to 120).")),
            Map.entry("date", new LocalizedText("التاريخ بصيغة YYYY-MM-DD.", "A date is written YYYY-MM-DD.")),
            Map.entry("webhook.signature", new LocalizedText("توقيع الإشعار غير صالح: {0}", "The webhook signature is not valid: {0}")),
            Map.entry("webhook.too-large", new LocalizedText("الإشعار أكبر من {0} بايت.", "The webhook body is larger than {0} bytes.")),
            Map.entry("webhook.not-json", new LocalizedText("جسم الإشعار ليس JSON.", "The webhook body is not JSON.")),
            Map.entry("license.key-invalid", new LocalizedText("مفتاح الترخيص غير صالح: {0}", "The license key is not valid: {0}")),
            Map.entry("license.none", new LocalizedText("لا يوجد ترخيص للمنشأة ''{0}''.", "Tenant ''{0}'' has no license.")),
            Map.entry("license.seats-exhausted", new LocalizedText(
                    "استُخدمت جميع المقاعد ({0}) في باقتكم؛ عطّلوا مستخدماً أو رقّوا الباقة.",
                    "All {0} seats of your plan are in use; disable a user or upgrade the plan.")),
            Map.entry("license.quota-exceeded", new LocalizedText(
                    "بلغتم حد باقتكم من {0}: {1} من {2}. رقّوا الباقة من صفحة الفوترة.",
                    "You have reached your plan's limit of {0}: {1} of {2}. Upgrade the plan under Billing.")));

    @Override
    public Optional<String> pattern(String code, Locale locale) {
        return Optional.ofNullable(PATTERNS.get(code)).map(text -> text.in(locale));
    }
}
