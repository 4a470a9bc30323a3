package com.doganhub.integration.api.storage;

/** The storage provider could not do what was asked (unreachable, refused credentials, out of space). */
public class StorageUnavailable extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param reason what failed, free of secrets */
    public StorageUnavailable(String reason, Throwable cause) {
        super(reason, cause);
    }
}
