package com.doganhub.integration.runtime.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import com.doganhub.platform.api.error.ValidationFailed;

/** A failover chain: provider names in the order they are tried ({@code sendgrid,smtp}). */
public record ProviderChain(List<String> names) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,31}");

    public ProviderChain {
        names = List.copyOf(names);
    }

    /** Reads the configuration form, a comma list; blanks and repeats are dropped, case is ignored. */
    public static ProviderChain parse(Object configured) {
        List<String> names = new ArrayList<>();
        if (configured == null) {
            return new ProviderChain(names);
        }
        Iterable<?> parts = configured instanceof String[] array ? List.of(array)
                : List.of(String.valueOf(configured).split(","));
        for (Object part : parts) {
            String name = String.valueOf(part).strip().toLowerCase(Locale.ROOT);
            if (!name.isEmpty() && !names.contains(name)) {
                names.add(name);
            }
        }
        return new ProviderChain(names);
    }

    /**
     * Checks a chain a caller asks for: at least one name, each a well-formed provider name.
     *
     * @throws ValidationFailed on field {@code chain}
     */
    static ProviderChain requested(List<String> requested) {
        if (requested == null || requested.isEmpty()) {
            throw new ValidationFailed("chain", "required");
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            String name = requested.get(i) == null ? "" : requested.get(i).strip().toLowerCase(Locale.ROOT);
            if (!NAME.matcher(name).matches()) {
                throw new ValidationFailed("chain[" + i + "]", "invalid-value", "chain[" + i + "]");
            }
            if (!names.contains(name)) {
                names.add(name);
            }
        }
        return new ProviderChain(names);
    }

    public String asConfiguration() {
        return String.join(",", names);
    }
}
