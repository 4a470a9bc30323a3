package com.doganhub.platform.modules.internal.catalog;

import com.doganhub.platform.api.error.NotFound;

/** 404 {@code module.unknown}, listing the modules there are. */
public final class UnknownModule extends NotFound {

    private static final long serialVersionUID = 1L;

    public UnknownModule(String moduleId, String known) {
        super("module.unknown", "module", moduleId, moduleId, known);
    }
}
