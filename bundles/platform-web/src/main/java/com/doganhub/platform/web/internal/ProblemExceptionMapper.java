package com.doganhub.platform.web.internal;

import java.util.Locale;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Request;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.slf4j.MDC;

import com.doganhub.platform.api.JaxrsApplications;
import com.doganhub.platform.api.LogContext;
import com.doganhub.platform.api.TenantContext;
import com.doganhub.platform.api.TenantScope;

/** The one exception mapper of the platform: every failure leaves as {@code application/problem+json}. */
@Component(service = ExceptionMapper.class)
@JaxrsExtension
@JaxrsName(ProblemExceptionMapper.NAME)
@JaxrsApplicationSelect(JaxrsApplications.SELECT)
public class ProblemExceptionMapper implements ExceptionMapper<Throwable> {

    static final String NAME = "doganhub-problems";

    private final ProblemFactory problems;
    private final TenantScope tenantScope;

    @Context
    private HttpHeaders headers;

    @Context
    private Request request;

    @Context
    private javax.ws.rs.core.UriInfo uriInfo;

    private final java.util.List<com.doganhub.platform.api.error.ErrorReporter> reporters =
            new java.util.concurrent.CopyOnWriteArrayList<>();

    @org.osgi.service.component.annotations.Reference(
            cardinality = org.osgi.service.component.annotations.ReferenceCardinality.MULTIPLE,
            policy = org.osgi.service.component.annotations.ReferencePolicy.DYNAMIC)
    void addReporter(com.doganhub.platform.api.error.ErrorReporter reporter) {
        reporters.add(reporter);
    }

    void removeReporter(com.doganhub.platform.api.error.ErrorReporter reporter) {
        reporters.remove(reporter);
    }

    @Activate
    public ProblemExceptionMapper(@Reference ProblemFactory problems, @Reference TenantScope tenantScope) {
        this.problems = problems;
        this.tenantScope = tenantScope;
    }

    @Override
    public Response toResponse(Throwable failure) {
        if (failure instanceof WebApplicationException web && web.getResponse() != null
                && web.getResponse().getStatus() < 400) {
            return web.getResponse(); // 304 Not Modified, redirects: not problems, and they carry no body
        }
        String contentType = headers.getMediaType() == null ? null : headers.getMediaType().toString();
        String asked = headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE);
        Locale locale = asked == null
                ? tenantScope.current().map(TenantContext::locale).orElse(RequestLanguage.fromHeader(null))
                : RequestLanguage.fromHeader(asked);
        Problem problem = problems.from(failure, locale, MDC.get(LogContext.REQUEST_ID), request.getMethod(), contentType);
        if (problem.errorId() != null) {
            report(failure, problem);
        }
        Response.ResponseBuilder response = Response.status(problem.status())
                .type(JsonProvider.PROBLEM_JSON)
                .header(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage())
                .entity(problem);
        if (problem.status() == 401) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, Problem.BEARER_CHALLENGE);
        }
        ProblemFactory.retryAfter(failure).ifPresent(seconds -> response.header(HttpHeaders.RETRY_AFTER, seconds));
        if (failure instanceof WebApplicationException web && web.getResponse() != null) {
            // Allow, Retry-After, Location, a specific WWW-Authenticate challenge: keep what the exception said.
            web.getResponse().getStringHeaders().forEach((name, values) -> {
                if (!name.equalsIgnoreCase(HttpHeaders.CONTENT_TYPE) && !name.equalsIgnoreCase(HttpHeaders.CONTENT_LENGTH)) {
                    response.header(name, null);
                    values.forEach(value -> response.header(name, value));
                }
            });
        }
        return response.build();
    }

    private void report(Throwable failure, Problem problem) {
        String tenantId = tenantScope.current().map(TenantContext::tenantId).orElse(null);
        String route = request.getMethod() + " " + uriInfo.getPath();
        com.doganhub.platform.api.error.UnhandledError error = new com.doganhub.platform.api.error.UnhandledError(
                failure, problem.errorId(), problem.requestId(), tenantId, route);
        for (com.doganhub.platform.api.error.ErrorReporter reporter : reporters) {
            try {
                reporter.report(error);
            } catch (RuntimeException reporterFailed) {
                // a broken reporter must not turn a 500 into something worse; the error is in the log already
            }
        }
    }
}
