package com.doganhub.platform.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

class DescriptorValuesTest {

    @Test
    void localizedTextPicksArabicForArabicLocales() {
        LocalizedText name = new LocalizedText("المالية", "Finance");
        assertThat(name.in(Locale.forLanguageTag("ar-SA"))).isEqualTo("المالية");
        assertThat(name.in(Locale.ENGLISH)).isEqualTo("Finance");
        assertThat(name.in(null)).isEqualTo("Finance");
    }

    @Test
    void permissionIdsAreDottedLowerCase() {
        LocalizedText text = new LocalizedText("كتابة الفواتير", "Write invoices");
        assertThat(new PermissionDefinition("finance.invoice.write", text).id()).isEqualTo("finance.invoice.write");
        assertThatThrownBy(() -> new PermissionDefinition("Finance.Invoice", text)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PermissionDefinition("finance", text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tenantContextCopiesItsPermissions() {
        var granted = new java.util.HashSet<>(Set.of("finance.invoice.read"));
        TenantContext context = new TenantContext("t-1", "demo", "u-1", Locale.ENGLISH, granted);
        granted.add("finance.invoice.write");
        assertThat(context.hasPermission("finance.invoice.write")).isFalse();
        assertThat(context.isPlatformOperator()).isFalse();
    }
}
