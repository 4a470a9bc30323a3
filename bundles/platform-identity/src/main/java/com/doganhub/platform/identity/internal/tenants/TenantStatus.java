package com.doganhub.platform.identity.internal.tenants;

import java.util.Locale;

import com.doganhub.platform.api.error.ValidationFailed;

/** Whether a tenant's users may work. A suspended tenant keeps its data; its users get 403 until it is reactivated. */
public enum TenantStatus {
    ACTIVE, SUSPENDED;

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static TenantStatus of(String stored) {
        return valueOf(stored.toUpperCase(Locale.ROOT));
    }

    static TenantStatus parse(String field, String raw) {
        for (TenantStatus status : values()) {
            if (status.value().equals(raw == null ? null : raw.strip())) {
                return status;
            }
        }
        throw new ValidationFailed(field, "tenant.status.invalid");
    }
}
