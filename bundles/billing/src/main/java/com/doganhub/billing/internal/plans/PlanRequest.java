package com.doganhub.billing.internal.plans;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.doganhub.platform.api.error.FieldError;
import com.doganhub.platform.api.error.ValidationFailed;

/** The body of {@code PUT /admin/billing/plans/{id}}; a null quota is unlimited. */
public record PlanRequest(String nameAr, String nameEn, BigDecimal monthlyPrice, BigDecimal yearlyPrice, Integer seats,
        List<String> modules, Long invoicesPerMonth, Long storageGb, Long aiRequestsPerMonth, Integer trialDays,
        String stripePriceMonthly, String stripePriceYearly, Boolean active) {

    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final Pattern MODULE = Pattern.compile("[a-z0-9][a-z0-9.-]{0,63}");
    private static final Pattern STRIPE_PRICE = Pattern.compile("price_[A-Za-z0-9]{1,120}");

    /** A plan whose every field was checked. */
    public record Checked(String nameAr, String nameEn, BigDecimal monthlyPrice, BigDecimal yearlyPrice, int seats,
            List<String> modules, Long invoicesPerMonth, Long storageGb, Long aiRequestsPerMonth, int trialDays,
            String stripePriceMonthly, String stripePriceYearly, boolean active) {
    }

    /** Every fault at once, each naming its field. */
    public Checked check() {
        List<FieldError> errors = new ArrayList<>();
        String ar = text("nameAr", nameAr, errors);
        String en = text("nameEn", nameEn, errors);
        BigDecimal monthly = price("monthlyPrice", monthlyPrice, errors);
        BigDecimal yearly = price("yearlyPrice", yearlyPrice, errors);
        if (seats == null || seats < 1 || seats > 100_000) {
            errors.add(new FieldError("seats", "plan.seats", List.of()));
        }
        List<String> moduleIds = modules == null ? List.of()
                : modules.stream().map(module -> module == null ? "" : module.strip()).distinct().toList();
        for (int i = 0; i < moduleIds.size(); i++) {
            if (!MODULE.matcher(moduleIds.get(i)).matches()) {
                errors.add(new FieldError("modules[" + i + "]", "plan.module", List.of()));
            }
        }
        quota("invoicesPerMonth", invoicesPerMonth, errors);
        quota("storageGb", storageGb, errors);
        quota("aiRequestsPerMonth", aiRequestsPerMonth, errors);
        if (trialDays != null && (trialDays < 0 || trialDays > 365)) {
            errors.add(new FieldError("trialDays", "plan.trial-days", List.of()));
        }
        String stripeMonthly = stripePrice("stripePriceMonthly", stripePriceMonthly, errors);
        String stripeYearly = stripePrice("stripePriceYearly", stripePriceYearly, errors);
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        return new Checked(ar, en, monthly, yearly, seats, moduleIds, invoicesPerMonth, storageGb, aiRequestsPerMonth,
                trialDays == null ? 0 : trialDays, stripeMonthly, stripeYearly, active == null || active);
    }

    private static String text(String field, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "required", List.of()));
            return null;
        }
        if (value.strip().length() > 200) {
            errors.add(new FieldError(field, "too-long", List.of(200)));
        }
        return value.strip();
    }

    private static BigDecimal price(String field, BigDecimal value, List<FieldError> errors) {
        if (value == null) {
            errors.add(new FieldError(field, "required", List.of()));
            return null;
        }
        if (value.signum() < 0 || value.scale() > 2 || value.compareTo(new BigDecimal("9999999999")) > 0) {
            errors.add(new FieldError(field, "plan.price", List.of()));
        }
        return value.scale() <= 2 ? value.setScale(2) : value;
    }

    private static void quota(String field, Long value, List<FieldError> errors) {
        if (value != null && (value < 0 || value > 1_000_000_000L)) {
            errors.add(new FieldError(field, "plan.quota", List.of()));
        }
    }

    private static String stripePrice(String field, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!STRIPE_PRICE.matcher(value.strip()).matches()) {
            errors.add(new FieldError(field, "plan.stripe-price", List.of()));
        }
        return value.strip();
    }
}
