package com.doganhub.integration.api.ai;

/** The model's answer, with which provider and model produced it and what it cost in tokens. */
public record ChatResponse(String content, String provider, String model, int inputTokens, int outputTokens) {
}
