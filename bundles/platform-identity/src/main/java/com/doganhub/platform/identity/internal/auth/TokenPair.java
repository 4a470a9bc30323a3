package com.doganhub.platform.identity.internal.auth;

/** The answer to a login or a refresh. */
public record TokenPair(String accessToken, String refreshToken, String tokenType, long expiresIn) {

    static TokenPair bearer(String accessToken, String refreshToken, long expiresIn) {
        return new TokenPair(accessToken, refreshToken, "Bearer", expiresIn);
    }

    @Override
    public String toString() {
        return "TokenPair[expiresIn=" + expiresIn + "]"; // never the tokens
    }
}
