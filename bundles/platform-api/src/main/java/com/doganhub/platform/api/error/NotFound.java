package com.doganhub.platform.api.error;

/**
 * The entity does not exist for the caller's tenant. Also thrown for another tenant's entity, so that
 * ids never reveal what other tenants hold.
 */
public class NotFound extends PlatformException {

    private static final long serialVersionUID = 1L;

    private final String entityType;
    private final String id;

    public NotFound(String entityType, String id) {
        super("not-found", entityType, id);
        this.entityType = entityType;
        this.id = id;
    }

    /** A not-found with its own message, e.g. one listing what does exist. */
    protected NotFound(String code, String entityType, String id, Object... args) {
        super(code, args);
        this.entityType = entityType;
        this.id = id;
    }

    public String entityType() {
        return entityType;
    }

    public String id() {
        return id;
    }
}
