package com.doganhub.platform.identity.internal.roles;

import java.util.Set;
import java.util.TreeSet;

import com.doganhub.platform.api.LocalizedText;

/** A role as the API shows it: only permissions that exist right now are listed. */
public record RoleView(String key, LocalizedText name, boolean builtIn, Set<String> permissions) {

    static RoleView of(RoleEntity role, Set<String> defined) {
        Set<String> granted = new TreeSet<>(role.permissions());
        granted.retainAll(defined);
        return new RoleView(role.key(), new LocalizedText(role.nameAr(), role.nameEn()), false, granted);
    }
}
