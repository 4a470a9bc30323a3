package com.doganhub.platform.modules.internal.catalog;

import java.util.Optional;

/**
 * A Karaf feature is a module when it declares the capability {@code com.doganhub.module;id=<module id>} in its
 * features repository — the one marker the registry needs to offer it for installation:
 * <pre>{@code <capability>com.doganhub.module;id=crm</capability>}</pre>
 */
public final class ModuleCapability {

    public static final String NAMESPACE = "com.doganhub.module";

    private ModuleCapability() {
    }

    /** The module a feature installs, if its capabilities declare one. */
    public static Optional<String> moduleId(org.apache.karaf.features.Feature feature) {
        return feature.getCapabilities().stream().map(capability -> moduleId(capability.getValue()))
                .flatMap(Optional::stream).findFirst();
    }

    /** The module id a capability value declares, if it is one of ours ({@code id}, {@code id:String} and quotes allowed). */
    public static Optional<String> moduleId(String capability) {
        if (capability == null) {
            return Optional.empty();
        }
        String[] clauses = capability.split(";");
        if (!clauses[0].strip().equals(NAMESPACE)) {
            return Optional.empty();
        }
        for (int i = 1; i < clauses.length; i++) {
            String[] attribute = clauses[i].split("=", 2);
            String name = attribute[0].strip();
            int typed = name.indexOf(':');
            if (typed >= 0) {
                name = name.substring(0, typed).strip();
            }
            if (attribute.length == 2 && name.equals("id")) {
                String value = attribute[1].strip().replaceAll("^\"|\"$", "").strip();
                return value.isEmpty() ? Optional.empty() : Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
