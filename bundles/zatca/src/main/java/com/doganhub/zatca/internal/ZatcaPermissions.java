package com.doganhub.zatca.internal;

/** Under {@code finance.*}, so the roles that manage finance manage e-invoicing too. */
public final class ZatcaPermissions {

    public static final String DEVICES_READ = "finance.zatca.read";
    public static final String DEVICES_MANAGE = "finance.zatca.manage";

    private ZatcaPermissions() {
    }
}
