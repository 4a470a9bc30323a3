package com.doganhub.integration.api.zatca;

import java.util.List;


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
            return "Csid[requestId=" + requestId + ", token=" + mask(binarySecurityToken) + ", secret="
                    + mask(secret) + "]";
        }

        /** As the platform's SecretMask shows secrets ({@code sk_l…1234}); this API bundle stands alone. */
        private static String mask(String value) {
            if (value == null || value.isEmpty()) {
                return "";
            }
            return value.length() < 12 ? "…" : value.substring(0, 4) + "…" + value.substring(value.length() - 4);
        }
    }
}
