package com.doganhub.platform.api.error;

/** The caller is known but lacks the permission the action needs, or the tenant is suspended. */
public class Forbidden extends PlatformException {

    private static final long serialVersionUID = 1L;

    private final String permission;

    public Forbidden(String permission) {
        super("forbidden", permission);
        this.permission = permission;
    }

    protected Forbidden(String code, String permission, Object... args) {
        super(code, args);
        this.permission = permission;
    }

    public String permission() {
        return permission;
    }
}
