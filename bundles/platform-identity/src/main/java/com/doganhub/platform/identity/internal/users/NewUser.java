package com.doganhub.platform.identity.internal.users;

import java.util.List;

/** A checked request for a new user; {@code password} is {@code null} when the user is to be invited. */
public record NewUser(String email, String name, String password, String locale, List<String> roles) {

    public NewUser withRoles(List<String> assigned) {
        return new NewUser(email, name, password, locale, List.copyOf(assigned));
    }

    @Override
    public String toString() {
        return "NewUser[" + email + ", roles " + roles + "]"; // never the password
    }
}
