package com.doganhub.integration.email.smtp;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.SendFailedException;

import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;

import com.doganhub.integration.api.email.EmailDeliveryFailed;
import com.doganhub.platform.api.SecretMask;

/**
 * What an SMTP failure means for the outbox: a 5xx reply about this message or its recipients is permanent; refused
 * credentials, 4xx replies and connection trouble are not (another provider, or a later attempt, may succeed).
 */
final class SmtpFailures {

    private SmtpFailures() {
    }

    static EmailDeliveryFailed classify(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof AuthenticationFailedException) {
                return EmailDeliveryFailed.unavailable("SMTP authentication refused", null);
            }
            if (cause instanceof SMTPAddressFailedException refused) {
                return byReplyCode(refused.getReturnCode(), "recipient " + refused.getAddress() + " refused: "
                        + refused.getMessage());
            }
            if (cause instanceof SMTPSendFailedException refused) {
                return byReplyCode(refused.getReturnCode(), refused.getMessage());
            }
            if (cause instanceof SendFailedException refused && refused.getInvalidAddresses() != null
                    && refused.getInvalidAddresses().length > 0
                    && (refused.getValidSentAddresses() == null || refused.getValidSentAddresses().length == 0)) {
                return EmailDeliveryFailed.rejected("invalid recipients: " + SecretMask.scrub(refused.getMessage()));
            }
        }
        String message = failure.getMessage();
        return EmailDeliveryFailed.unavailable("SMTP: " + failure.getClass().getSimpleName()
                + (message == null ? "" : " " + oneLine(SecretMask.scrub(message))), null);
    }

    /** No reply code (-1): the connection ended before the server answered, possibly after it stored the message. */
    private static EmailDeliveryFailed byReplyCode(int code, String message) {
        String reason = "SMTP " + code + ": " + oneLine(SecretMask.scrub(message));
        if (code < 0) {
            return EmailDeliveryFailed.unconfirmed("no reply from the SMTP server after sending: " + reason, null);
        }
        return code >= 500 ? EmailDeliveryFailed.rejected(reason) : EmailDeliveryFailed.unavailable(reason, null);
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }
}
