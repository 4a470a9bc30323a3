package com.doganhub.platform.identity.internal.users;

import java.util.List;

/** Bodies of {@code /api/v1/users}. */
public final class UserRequests {

    private UserRequests() {
    }

    /** {@code POST}: without a password the user gets an invitation email to choose one. */
    public record Create(String email, String name, String password, String locale, List<String> roles) {
        @Override
        public String toString() {
            return "Create[" + email + "]";
        }
    }

    /** {@code PATCH}: absent fields stay as they are; {@code status} is {@code active} or {@code disabled}. */
    public record Patch(String name, String locale, List<String> roles, String status) {
    }
}
