package com.doganhub.billing.internal.plans;

import java.math.BigDecimal;
import java.util.List;

import com.doganhub.platform.api.LocalizedText;

/** A plan as the API shows it; {@code null} quotas are unlimited. Stripe price ids are shown to operators only. */
public record PlanView(String id, LocalizedText name, String currency, BigDecimal monthlyPrice, BigDecimal yearlyPrice,
        int seats, List<String> modules, Long invoicesPerMonth, Long storageGb, Long aiRequestsPerMonth, int trialDays,
        boolean active, String stripePriceMonthly, String stripePriceYearly) {

    static PlanView of(PlanEntity plan, boolean operator) {
        return new PlanView(plan.id(), new LocalizedText(plan.nameAr(), plan.nameEn()), "SAR", plan.monthlyPrice(),
                plan.yearlyPrice(), plan.seats(), plan.modules(), plan.invoicesPerMonth(), plan.storageGb(),
                plan.aiRequestsPerMonth(), plan.trialDays(), plan.active(),
                operator ? plan.stripePriceMonthly() : null, operator ? plan.stripePriceYearly() : null);
    }
}
