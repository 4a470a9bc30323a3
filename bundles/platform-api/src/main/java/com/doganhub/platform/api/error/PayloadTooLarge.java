package com.doganhub.platform.api.error;

/** The request body is larger than the resource accepts; answered 413, ideally before the body is read. */
public class PayloadTooLarge extends PlatformException {

    private static final long serialVersionUID = 1L;

    public PayloadTooLarge(String code, Object... args) {
        super(code, args);
    }
}
