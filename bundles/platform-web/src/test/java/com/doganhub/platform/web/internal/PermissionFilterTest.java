package com.doganhub.platform.web.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.doganhub.platform.api.TenantContext;
import com.doganhub.platform.api.error.Forbidden;
import com.doganhub.platform.api.security.RequiresPermission;

class PermissionFilterTest {

    private final TenantContext accountant = new TenantContext("t-1", "alnoor", "u-1", Locale.ENGLISH,
            Set.of("finance.invoice.write", "platform.tenant.write"));
    private final TenantContext operator = new TenantContext("p-1", TenantContext.PLATFORM_SLUG, "u-9", Locale.ENGLISH,
            Set.of("platform.tenant.write"));

    @Test
    void aHeldPermissionPasses() {
        assertThatCode(() -> PermissionFilter.check(accountant, "finance.invoice.write")).doesNotThrowAnyException();
    }

    @Test
    void aMissingPermissionIsForbiddenAndNamed() {
        assertThatThrownBy(() -> PermissionFilter.check(accountant, "core.user.write"))
                .isInstanceOfSatisfying(Forbidden.class, refused -> assertThat(refused.permission()).isEqualTo("core.user.write"));
    }

    @Test
    void platformPermissionsCountOnlyForTheOperatorEvenIfATenantRoleListsThem() {
        assertThatThrownBy(() -> PermissionFilter.check(accountant, "platform.tenant.write")).isInstanceOf(Forbidden.class);
        assertThatCode(() -> PermissionFilter.check(operator, "platform.tenant.write")).doesNotThrowAnyException();
    }

    @Test
    void theMethodsAnnotationWinsOverTheClasss() throws Exception {
        RequiresPermission onMethod = PermissionFilter.requiredBy(Guarded.class.getMethod("write"), Guarded.class);
        RequiresPermission onClass = PermissionFilter.requiredBy(Guarded.class.getMethod("read"), Guarded.class);

        assertThat(onMethod.value()).isEqualTo("sample.note.write");
        assertThat(onClass.value()).isEqualTo("sample.note.read");
        assertThat(PermissionFilter.requiredBy(Open.class.getMethod("get"), Open.class)).isNull();
    }

    @RequiresPermission("sample.note.read")
    public static class Guarded {
        public void read() {
        }

        @RequiresPermission("sample.note.write")
        public void write() {
        }
    }

    public static class Open {
        public void get() {
        }
    }
}
