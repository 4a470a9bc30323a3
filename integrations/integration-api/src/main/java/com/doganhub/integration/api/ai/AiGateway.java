package com.doganhub.integration.api.ai;

import org.osgi.annotation.versioning.ProviderType;

/** How modules ask a language model. */
@ProviderType
public interface AiGateway {

    /**
     * Sends the chat to the first available provider of the active chain.
     *
     * @throws IllegalStateException when AI is switched off ({@code provider = none})
     */
    ChatResponse chat(ChatRequest request);
}
