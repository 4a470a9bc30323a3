/**
 * Asking a language model. {@link com.doganhub.integration.api.ai.AiGateway} sends a chat to the active AI provider (Ollama, OpenAI, Anthropic).
 */
@Export
@Version("1.0.0")
package com.doganhub.integration.api.ai;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
