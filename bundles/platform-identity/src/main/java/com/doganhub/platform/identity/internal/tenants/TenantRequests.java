package com.doganhub.platform.identity.internal.tenants;

/** Bodies of the operator's tenant endpoints. */
public final class TenantRequests {

    private TenantRequests() {
    }

    /** {@code POST /api/v1/platform/tenants}. */
    public record Create(String slug, String nameAr, String nameEn, String vatNumber, String crNumber,
            Address address, String locale, Owner owner) {
    }

    /** {@code PATCH /api/v1/platform/tenants/{id}}: absent fields stay as they are. */
    public record Patch(String nameAr, String nameEn, String vatNumber, String crNumber, Address address,
            String locale, String status) {
    }

    /** The national address (ZATCA needs every part for the seller). */
    public record Address(String buildingNumber, String street, String district, String city, String postalCode) {
    }

    /** The tenant's first user; without a password an invitation is emailed instead. */
    public record Owner(String email, String name, String password) {
        @Override
        public String toString() {
            return "Owner[" + email + "]"; // never the password
        }
    }
}
