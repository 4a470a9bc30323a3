package com.doganhub.platform.web.internal;

import java.util.UUID;
import java.util.regex.Pattern;

/** Request ids: a caller's own {@code X-Request-Id} is kept when it is short and plain, otherwise one is made. */
final class RequestIds {

    static final String HEADER = "X-Request-Id";
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._-]{8,64}");

    private RequestIds() {
    }

    static String acceptOrCreate(String offered) {
        return offered != null && ACCEPTABLE.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
    }
}
