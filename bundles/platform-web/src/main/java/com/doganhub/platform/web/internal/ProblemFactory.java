package com.doganhub.platform.web.internal;

import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.UUID;

import javax.ws.rs.WebApplicationException;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.doganhub.platform.api.error.Conflict;
import com.doganhub.platform.api.error.Forbidden;
import com.doganhub.platform.api.error.NotFound;
import com.doganhub.platform.api.error.PayloadTooLarge;
import com.doganhub.platform.api.error.PlatformException;
import com.doganhub.platform.api.error.ServiceUnavailable;
import com.doganhub.platform.api.error.TooManyRequests;
import com.doganhub.platform.api.error.Unauthenticated;
import com.doganhub.platform.api.error.ValidationFailed;

/**
 * Turns any failure into the problem document the client sees. Typed platform errors keep their code; JAX-RS
 * routing failures get the platform's codes; anything else is a 500 whose details go to the log under an error id
 * and never to the client.
 */
@Component(service = ProblemFactory.class)
public class ProblemFactory {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemFactory.class);

    private final PlatformMessages messages;

    @Activate
    public ProblemFactory(@Reference PlatformMessages messages) {
        this.messages = messages;
    }

    /** The {@code Retry-After} value in whole seconds for a failure that asks the client to wait, if any. */
    static Optional<String> retryAfter(Throwable failure) {
        if (failure instanceof TooManyRequests tooMany) {
            long seconds = Math.max(1, (tooMany.retryAfter().toMillis() + 999) / 1000);
            return Optional.of(String.valueOf(seconds));
        }
        return Optional.empty();
    }

    Problem from(Throwable failure, Locale locale, String requestId, String method, String contentType) {
        if (failure instanceof RequestBodyRejected rejected) {
            List<Problem.FieldProblem> fields = rejected.field() == null ? List.of()
                    : List.of(new Problem.FieldProblem(rejected.field(), rejected.code(),
                            messages.format(rejected.code(), rejected.args(), locale)));
            return build(400, rejected.code(), rejected.args(), locale, requestId, null, rejected.line(),
                    rejected.column(), fields);
        }
        if (failure instanceof PlatformException typed) {
            return fromTyped(typed, locale, requestId);
        }
        if (failure instanceof WebApplicationException web) {
            return fromRouting(web, locale, requestId, method, contentType);
        }
        String errorId = UUID.randomUUID().toString();
        LOG.error("Unhandled error {} (request {})", errorId, requestId, failure);
        return build(500, "internal-error", List.of(errorId), locale, requestId, errorId, null, null, List.of());
    }

    private Problem fromTyped(PlatformException typed, Locale locale, String requestId) {
        int status;
        if (typed instanceof ValidationFailed) {
            status = 422;
        } else if (typed instanceof NotFound) {
            status = 404;
        } else if (typed instanceof Conflict) {
            status = 409;
        } else if (typed instanceof Forbidden) {
            status = 403;
        } else if (typed instanceof Unauthenticated) {
            status = 401;
        } else if (typed instanceof TooManyRequests) {
            status = 429;
        } else if (typed instanceof PayloadTooLarge) {
            status = 413;
        } else if (typed instanceof ServiceUnavailable) {
            status = 503;
        } else {
            status = 400;
        }
        List<Problem.FieldProblem> fields = typed instanceof ValidationFailed invalid
                ? invalid.errors().stream().map(error -> new Problem.FieldProblem(error.field(), error.code(),
                        messages.format(error.code(), error.args(), locale))).toList()
                : List.of();
        return build(status, typed.code(), typed.args(), locale, requestId, null, null, null, fields);
    }

    private Problem fromRouting(WebApplicationException web, Locale locale, String requestId, String method,
            String contentType) {
        int status = web.getResponse() == null ? 500 : web.getResponse().getStatus();
        return switch (status) {
            case 404 -> build(404, "route-not-found", List.of(), locale, requestId, null, null, null, List.of());
            case 405 -> build(405, "method-not-allowed", List.of(String.valueOf(method)), locale, requestId, null, null, null, List.of());
            case 406 -> build(406, "not-acceptable", List.of(), locale, requestId, null, null, null, List.of());
            // A body-less POST (curl -X POST) to a resource that reads JSON: the body is missing, not of a wrong type.
            case 415 -> contentType == null || contentType.isBlank()
                    ? build(400, "missing-body", List.of(), locale, requestId, null, null, null, List.of())
                    : build(415, "unsupported-media-type", List.of(contentType), locale, requestId, null, null, null,
                            List.of());
            default -> {
                if (status >= 500) {
                    String errorId = UUID.randomUUID().toString();
                    LOG.error("Request {} failed with {} (error {})", requestId, status, errorId, web);
                    yield build(status, "internal-error", List.of(errorId), locale, requestId, errorId, null, null, List.of());
                }
                yield build(status, "http." + status, List.of(), locale, requestId, null, null, null, List.of());
            }
        };
    }

    private Problem build(int status, String code, List<Object> args, Locale locale, String requestId, String errorId,
            Integer line, Integer column, List<Problem.FieldProblem> fields) {
        String title = messages.title(status, locale);
        String detail = messages.format(code, args, locale);
        if (detail.equals(code)) {
            detail = title;
        }
        return new Problem(Problem.typeOf(code), title, status, detail, code, requestId, errorId, line, column, fields);
    }
}
