package com.doganhub.platform.api.error;

/** No valid credential: missing, malformed or expired token, or no tenant bound where one is required. */
public class Unauthenticated extends PlatformException {

    private static final long serialVersionUID = 1L;

    public Unauthenticated(String code, Object... args) {
        super(code, args);
    }
}
