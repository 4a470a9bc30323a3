package com.doganhub.platform.api;

import java.util.Locale;

/**
 * What a request presents: its {@code Authorization} header (or {@code null}), the client address, and the
 * language it asked for ({@code null} when it sent no {@code Accept-Language}, so that the user's own language
 * can apply).
 */
public record RequestCredentials(String authorization, String clientAddress, Locale locale) {
}
