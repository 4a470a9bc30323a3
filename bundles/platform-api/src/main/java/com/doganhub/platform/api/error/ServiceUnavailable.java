package com.doganhub.platform.api.error;

/**
 * A provider the request needs is down or missing (storage, payments); answered 503. The code says which; the
 * message must name no host, key or other secret.
 */
public class ServiceUnavailable extends PlatformException {

    private static final long serialVersionUID = 1L;

    public ServiceUnavailable(String code, Object... args) {
        super(code, args);
    }
}
