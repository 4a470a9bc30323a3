package com.doganhub.integration.api.ai;

import java.util.List;

/**
 * A chat to send to the active AI provider.
 *
 * @param model       the model, or {@code null} for the provider's configured default
 * @param messages    the conversation so far, oldest first
 * @param temperature sampling temperature, or {@code null} for the provider default
 * @param maxTokens   upper bound of the answer's length, or {@code null}
 */
public record ChatRequest(String model, List<ChatMessage> messages, Double temperature, Integer maxTokens) {

    public ChatRequest {
        messages = List.copyOf(messages);
        if (messages.isEmpty()) {
            throw new IllegalArgumentException("a chat needs at least one message");
        }
    }
}
