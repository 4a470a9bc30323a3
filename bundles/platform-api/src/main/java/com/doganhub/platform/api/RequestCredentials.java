package com.doganhub.platform.api;

import java.util.Locale;

/**
 * What a request presents: its {@code Authorization} header (or {@code null}), the client address, and the
 * language it asked for.
 */
public record RequestCredentials(String authorization, String clientAddress, Locale locale) {
}
