package com.doganhub.integration.api.email;

/**
 * Thrown by an email provider's route when it could not hand a message over. The outbox decides what happens next
 * from {@link #permanent()}: a permanent failure (the provider refused this message: a bad address, a 4xx about the
 * content) dead-letters it with {@link #reason()}; anything else (connection refused, timeout, 5xx, 429, rejected
 * credentials) tries the next provider of the chain and retries later. The reason must carry no secret.
 */
public class EmailDeliveryFailed extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final boolean permanent;
    private final boolean unconfirmed;

    private EmailDeliveryFailed(boolean permanent, boolean unconfirmed, String reason, Throwable cause) {
        super(reason, cause);
        this.permanent = permanent;
        this.unconfirmed = unconfirmed;
    }

    /** The provider refused this message; no provider or retry will do better. */
    public static EmailDeliveryFailed rejected(String reason) {
        return new EmailDeliveryFailed(true, false, reason, null);
    }

    /** The provider could not take the message now; another provider or a later attempt may. */
    public static EmailDeliveryFailed unavailable(String reason, Throwable cause) {
        return new EmailDeliveryFailed(false, false, reason, cause);
    }

    /**
     * The message was handed over but the answer never came (the connection dropped after the SMTP data or the HTTP
     * request was sent): the provider may have taken it. The outbox tries again later, with the same Message-ID and
     * idempotency key so the receiving side can recognise a repeat, and does not fail over at once.
     */
    public static EmailDeliveryFailed unconfirmed(String reason, Throwable cause) {
        return new EmailDeliveryFailed(false, true, reason, cause);
    }

    /**
     * How an HTTP email API's answer maps: 400, 404, 406, 413 and 422 mean the provider refused this message (its
     * addresses, size or content); 401 and 403 mean the provider refused our credentials and 408, 429 and 5xx mean it
     * cannot take messages now, so the next provider or a later attempt may succeed.
     *
     * @param detail the provider's own words, already free of secrets
     */
    public static EmailDeliveryFailed forHttpStatus(int status, String detail) {
        String reason = "HTTP " + status + (detail == null || detail.isBlank() ? "" : ": " + shortened(detail));
        return switch (status) {
            case 400, 404, 406, 413, 422 -> rejected(reason);
            default -> unavailable(reason, null);
        };
    }

    private static String shortened(String detail) {
        String oneLine = detail.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= 300 ? oneLine : oneLine.substring(0, 299) + "…";
    }

    public boolean permanent() {
        return permanent;
    }

    public boolean unconfirmed() {
        return unconfirmed;
    }

    public String reason() {
        return getMessage();
    }
}
