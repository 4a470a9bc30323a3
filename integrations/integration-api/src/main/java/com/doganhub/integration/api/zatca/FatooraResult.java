package com.doganhub.integration.zatca.fatoora;

import java.util.List;

import com.doganhub.platform.api.SecretMask;

/**
 * What Fatoora answered, as the platform acts on it.
 *
 * @param status      the HTTP status (0 when no answer came)
 * @param messages    ZATCA's validation messages (info, warnings, errors), in the order given
 * @param cleared     for a cleared standard invoice: the invoice ZATCA stamped (base64 XML), else {@code null}
 * @param csid        for the CSID calls: the binary security token, secret and request id, else {@code null}
 */
public record FatooraResult(Outcome outcome, int status, List<Message> messages, String cleared, Csid csid) {

    public FatooraResult {
        messages = List.copyOf(messages);
    }

    /** What to do next. */
    public enum Outcome {
        /** 200: reported, cleared or issued. */
        ACCEPTED,
        /** 202: accepted, with warnings worth showing. */
        ACCEPTED_WITH_WARNINGS,
        /** 400: refused for the messages; fix the document, mark it rejected, alert. */
        REJECTED,
        /** 401: the CSID (or OTP) is not accepted; onboarding must be repeated or renewed. */
        UNAUTHORIZED,
        /** 409: this document was submitted already; nothing to send again. */
        ALREADY_SUBMITTED,
        /** 5xx, 429, or no answer: send again later; nothing was accepted. */
        RETRY
    }

    /** One of ZATCA's validation results: type INFO, WARNING or ERROR, its code, category and text. */
    public record Message(String type, String code, String category, String message) {
    }

    /** A compliance or production CSID. The secret never leaves through {@link #toString()}. */
    public record Csid(String binarySecurityToken, String secret, String requestId) {

        @Override
        public String toString() {
            return "Csid[requestId=" + requestId + ", token=" + SecretMask.mask(binarySecurityToken) + ", secret="
                    + SecretMask.mask(secret) + "]";
        }
    }
}
