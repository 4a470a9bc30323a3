package com.doganhub.platform.identity.internal.users;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** A user as the API shows it: never the password hash. */
public record UserView(String id, String email, String name, String locale, String status, boolean emailVerified,
        List<String> roles, Instant createdAt) {

    public static UserView of(UserEntity user) {
        return new UserView(user.id(), user.email(), user.name(), user.locale(), user.status(), user.emailVerified(),
                user.roles(), user.createdAt().toInstant(ZoneOffset.UTC));
    }
}
