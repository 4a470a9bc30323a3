package com.doganhub.platform.identity.internal.roles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

class BuiltInRoleTest {

    private static final Set<String> DEFINED = Set.of("core.user.read", "core.user.write", "core.audit.read",
            "finance.invoice.read", "finance.invoice.write", "zatca.device.write", "crm.deal.read", "crm.deal.write",
            "billing.manage", "billing.read", "platform.tenant.write");

    @Test
    void theOwnerHasEverythingInTheTenantButNothingOfTheOperator() {
        assertThat(BuiltInRole.OWNER.grants(DEFINED)).contains("billing.manage", "core.user.write")
                .doesNotContain("platform.tenant.write");
    }

    @Test
    void anAdminHasEverythingButPaying() {
        assertThat(BuiltInRole.ADMIN.grants(DEFINED)).contains("core.user.write", "finance.invoice.write", "billing.read")
                .doesNotContain("billing.manage", "platform.tenant.write");
    }

    @Test
    void anAccountantWritesFinanceAndZatcaAndReadsTheRest() {
        assertThat(BuiltInRole.ACCOUNTANT.grants(DEFINED)).containsExactlyInAnyOrder("finance.invoice.read",
                "finance.invoice.write", "zatca.device.write", "core.user.read", "core.audit.read", "crm.deal.read",
                "billing.read");
    }

    @Test
    void salesWritesCrmAndReadsTheRestExceptTheAuditLog() {
        assertThat(BuiltInRole.SALES.grants(DEFINED)).containsExactlyInAnyOrder("crm.deal.read", "crm.deal.write",
                "core.user.read", "finance.invoice.read", "billing.read");
    }

    @Test
    void aViewerOnlyReads() {
        assertThat(BuiltInRole.VIEWER.grants(DEFINED)).containsExactlyInAnyOrder("core.user.read",
                "finance.invoice.read", "crm.deal.read", "billing.read");
    }

    @Test
    void onlyTheOperatorHoldsPlatformPermissionsAndOnlyInThePlatformTenant() {
        assertThat(BuiltInRole.OPERATOR.grants(DEFINED)).contains("platform.tenant.write");
        assertThat(BuiltInRole.OPERATOR.availableIn(true)).isTrue();
        assertThat(BuiltInRole.OPERATOR.availableIn(false)).isFalse();
        assertThat(BuiltInRole.OWNER.availableIn(true)).isFalse();
    }

    @Test
    void aNewModulesPermissionsJoinTheRolesAtOnce() {
        Set<String> withHr = new java.util.HashSet<>(DEFINED);
        withHr.add("hr.payslip.read");
        assertThat(BuiltInRole.VIEWER.grants(withHr)).contains("hr.payslip.read");
    }
}
