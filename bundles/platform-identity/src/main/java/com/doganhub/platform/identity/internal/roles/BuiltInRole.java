package com.doganhub.platform.identity.internal.roles;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import com.doganhub.platform.api.LocalizedText;
import com.doganhub.platform.api.security.RequiresPermission;

/**
 * The roles every tenant has. Each is a rule over the permissions that exist, not a stored list, so installing a
 * module extends them at once: owner has everything in the tenant; admin everything but paying ({@code billing.manage}); accountant the
 * finance and ZATCA permissions plus every read; sales the CRM permissions plus every read; viewer every read except
 * the audit log. {@code operator} exists only in the platform tenant and is the only role with {@code platform.*}.
 */
public enum BuiltInRole {

    OWNER(new LocalizedText("المالك", "Owner"), List.of("*"), List.of()),
    // an administrator sees the license and its usage (seats are theirs to manage) but does not subscribe or pay
    ADMIN(new LocalizedText("مدير", "Administrator"), List.of("*"), List.of("billing.manage")),
    ACCOUNTANT(new LocalizedText("محاسب", "Accountant"), List.of("finance.*", "zatca.*", "*.read"), List.of()),
    // a sales user sees the deals they own; seeing everyone's, and defining the tenant's custom fields (deleting one
    // deletes its values on every contact), are for managers (owner, admin, or a custom role)
    SALES(new LocalizedText("مبيعات", "Sales"), List.of("crm.*", "*.read"), List.of(CoreModule.AUDIT_READ, "crm.deal.read.all",
            "crm.fields.write")),
    VIEWER(new LocalizedText("مشاهد", "Viewer"), List.of("*.read"), List.of(CoreModule.AUDIT_READ)),
    OPERATOR(new LocalizedText("مشغّل المنصة", "Platform operator"), List.of("*"), List.of());

    private final LocalizedText name;
    private final List<String> include;
    private final List<String> exclude;

    BuiltInRole(LocalizedText name, List<String> include, List<String> exclude) {
        this.name = name;
        this.include = include;
        this.exclude = exclude;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public LocalizedText displayName() {
        return name;
    }

    /** Whether the role can be held in a tenant of this kind. */
    public boolean availableIn(boolean operatorTenant) {
        return operatorTenant == (this == OPERATOR);
    }

    /** The permissions this role grants out of {@code defined}. */
    public Set<String> grants(Set<String> defined) {
        Set<String> granted = new TreeSet<>();
        for (String permission : defined) {
            boolean operatorOnly = permission.startsWith(RequiresPermission.OPERATOR_PREFIX);
            if (operatorOnly && this != OPERATOR) {
                continue;
            }
            if (matchesAny(include, permission) && !matchesAny(exclude, permission)) {
                granted.add(permission);
            }
        }
        return granted;
    }

    public static Optional<BuiltInRole> of(String key) {
        for (BuiltInRole role : values()) {
            if (role.key().equals(key)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    static boolean matchesAny(List<String> patterns, String permission) {
        return patterns.stream().anyMatch(pattern -> matches(pattern, permission));
    }

    /** {@code *} matches all, {@code finance.*} a prefix, {@code *.read} a suffix, anything else itself. */
    static boolean matches(String pattern, String permission) {
        if (pattern.equals("*")) {
            return true;
        }
        if (pattern.endsWith(".*")) {
            return permission.startsWith(pattern.substring(0, pattern.length() - 1));
        }
        if (pattern.startsWith("*.")) {
            return permission.endsWith(pattern.substring(1));
        }
        return pattern.equals(permission);
    }
}
