package com.doganhub.billing.internal.licenses;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A license as the API shows it: what it grants, how it stands, and the signed key itself. */
public record LicenseView(String licenseId, String tenantId, String tenantSlug, String plan, int seats,
        List<String> modules, Map<String, Long> quotas, Instant issuedAt, Instant expiresAt, String source,
        String state, String payment, boolean autoRenew, Instant pastDueSince, Instant readOnlyFrom, String key) {

    static LicenseView of(Licensing.Snapshot license, LicenseState state, java.time.Duration grace) {
        Instant lapse = LicenseState.lapse(license.info().expiresAt(), license.pastDueSince());
        return new LicenseView(license.info().licenseId(), license.info().tenantId(), license.info().tenantSlug(),
                license.info().planId(), license.info().seats(), license.info().modules(), license.info().quotas(),
                license.info().issuedAt(), license.info().expiresAt(), license.info().source(), state.name(),
                license.standing().name(), license.autoRenew(), license.pastDueSince(), lapse.plus(grace),
                license.licenseKey());
    }
}
