package com.doganhub.platform.api;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import com.doganhub.platform.api.error.ValidationFailed;

/**
 * One page of a list answer, {@code {items, nextCursor}}; {@code nextCursor} is {@code null} on the last page.
 */
public record Page<T>(List<T> items, String nextCursor) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    public Page {
        items = List.copyOf(Objects.requireNonNull(items, "items"));
    }

    /**
     * Reads the {@code limit} query parameter: absent means {@link #DEFAULT_LIMIT}; anything but a whole number from
     * 1 to {@link #MAX_LIMIT} is a 422 naming {@code limit} (JAX-RS would answer a bare 404 for a non-number).
     */
    public static int limit(String parameter) {
        if (parameter == null || parameter.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(parameter.strip());
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        throw new ValidationFailed("limit", "invalid-value", "limit");
    }

    /**
     * Builds a page from up to {@code limit + 1} rows fetched in cursor order: the extra row only tells that there
     * is more, and the cursor is taken from the last row shown.
     */
    public static <R, T> Page<T> of(List<R> rows, int limit, Function<R, T> view, Function<R, String> cursorOf) {
        boolean more = rows.size() > limit;
        List<R> shown = more ? rows.subList(0, limit) : rows;
        return new Page<>(shown.stream().map(view).toList(), more ? cursorOf.apply(shown.get(shown.size() - 1)) : null);
    }
}
