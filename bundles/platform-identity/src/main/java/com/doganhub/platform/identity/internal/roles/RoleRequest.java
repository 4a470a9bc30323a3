package com.doganhub.platform.identity.internal.roles;

import java.util.List;

/** Body of {@code POST /api/v1/roles} and {@code PUT /api/v1/roles/{key}}. */
public record RoleRequest(String key, String nameAr, String nameEn, List<String> permissions) {
}
