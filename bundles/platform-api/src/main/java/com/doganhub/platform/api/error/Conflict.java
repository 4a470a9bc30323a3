package com.doganhub.platform.api.error;

/** The request collides with the current state: a duplicate key, an invoice already issued. */
public class Conflict extends PlatformException {

    private static final long serialVersionUID = 1L;

    public Conflict(String code, Object... args) {
        super(code, args);
    }
}
