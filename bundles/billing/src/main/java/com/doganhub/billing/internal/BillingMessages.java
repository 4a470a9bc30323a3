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
            Map.entry("billing.plan-exists", new LocalizedText("توجد باقة بالمعرّف ''{0}''.", "A plan with id ''{0}'' exists.")),
            Map.entry("webhook.signature", new LocalizedText("توقيع الإشعار غير صالح: {0}", "The webhook signature is not valid: {0}")),
            Map.entry("webhook.too-large", new LocalizedText("الإشعار أكبر من {0} بايت.", "The webhook body is larger than {0} bytes.")),
            Map.entry("webhook.not-json", new LocalizedText("جسم الإشعار ليس JSON.", "The webhook body is not JSON.")),
            Map.entry("license.key-invalid", new LocalizedText("مفتاح الترخيص غير صالح: {0}", "The license key is not valid: {0}")),
            Map.entry("license.none", new LocalizedText("لا يوجد ترخيص للمنشأة ''{0}''.", "Tenant ''{0}'' has no license.")),
            Map.entry("license.seats-exhausted", new LocalizedText(
                    "استُخدمت جميع المقاعد ({0}) في باقتكم؛ عطّلوا مستخدماً أو رقّوا الباقة.",
                    "All {0} seats of your plan are in use; disable a user or upgrade the plan.")),
            Map.entry("license.quota-exceeded", new LocalizedText(
                    "بلغتم حد {0} في باقتكم ({1} من {2}).",
                    "You have reached your plan's {0} limit ({1} of {2}).")),
            Map.entry("quota.invoices.monthly", new LocalizedText("الفواتير الشهرية", "invoices per month")),
            Map.entry("quota.storage.bytes", new LocalizedText("مساحة التخزين", "storage")),
            Map.entry("quota.ai.requests.monthly", new LocalizedText("طلبات الذكاء الاصطناعي الشهرية", "AI requests per month")));

    @Override
    public Optional<String> pattern(String code, Locale locale) {
        return Optional.ofNullable(PATTERNS.get(code)).map(text -> text.in(locale));
    }
}
