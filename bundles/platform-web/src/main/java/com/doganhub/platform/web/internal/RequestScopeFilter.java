package com.doganhub.platform.web.internal;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.FilterConfig;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.MDC;

import com.doganhub.platform.api.LogContext;
import com.doganhub.platform.api.RequestAuthenticator;
import com.doganhub.platform.api.RequestCredentials;
import com.doganhub.platform.api.TenantContext;
import com.doganhub.platform.api.TenantScope;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Wraps every HTTP request: gives it a request id (header and log context), and binds the caller that the
 * registered {@link RequestAuthenticator}s recognise for exactly the duration of the request. The binding is
 * released in a {@code finally}, so a failure anywhere in the request can never leave a tenant on a pooled thread.
 */
@Component(service = Filter.class, property = {
        "osgi.http.whiteboard.filter.name=doganhub-request-scope",
        "osgi.http.whiteboard.filter.pattern=/*",
        "osgi.http.whiteboard.context.select=(osgi.http.whiteboard.context.name=*)" })
public class RequestScopeFilter implements Filter {

    private final TenantScope tenantScope;
    private final ProblemFactory problems;
    private final ObjectMapper json = JsonMapperFactory.create();
    private final List<Ranked> authenticators = new CopyOnWriteArrayList<>();

    @Activate
    public RequestScopeFilter(@Reference TenantScope tenantScope, @Reference ProblemFactory problems) {
        this.tenantScope = tenantScope;
        this.problems = problems;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addAuthenticator(RequestAuthenticator authenticator, ServiceReference<RequestAuthenticator> reference) {
        authenticators.add(new Ranked(authenticator, reference));
        authenticators.sort(null);
    }

    void removeAuthenticator(RequestAuthenticator authenticator) {
        authenticators.removeIf(ranked -> ranked.authenticator() == authenticator);
    }

    @Override
    public void init(FilterConfig config) {
        // nothing to set up
    }

    @Override
    public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) servletRequest;
        HttpServletResponse response = (HttpServletResponse) servletResponse;
        String requestId = RequestIds.acceptOrCreate(request.getHeader(RequestIds.HEADER));
        Locale locale = RequestLanguage.fromHeader(request.getHeader("Accept-Language"));
        response.setHeader(RequestIds.HEADER, requestId);
        MDC.put(LogContext.REQUEST_ID, requestId);
        MDC.put(LogContext.CLIENT_ADDRESS, request.getRemoteAddr());
        try {
            Optional<TenantContext> caller;
            try {
                // No Accept-Language: the authenticator may use the user's own language.
                Locale asked = request.getHeader("Accept-Language") == null ? null : locale;
                caller = authenticate(new RequestCredentials(request.getHeader("Authorization"), request.getRemoteAddr(), asked));
            } catch (RuntimeException refusedOrBroken) {
                // Unauthenticated becomes 401; anything else an authenticator throws is a logged 500 with an error id.
                response.setHeader("Content-Language", locale.getLanguage());
                ProblemFactory.retryAfter(refusedOrBroken).ifPresent(seconds -> response.setHeader("Retry-After", seconds));
                writeProblem(response, problems.from(refusedOrBroken, locale, requestId, request.getMethod(),
                        request.getContentType()));
                return;
            }
            if (caller.isEmpty()) {
                chain.doFilter(request, response);
                return;
            }
            MDC.put(LogContext.TENANT, caller.get().tenantId());
            try (TenantScope.Binding ignored = tenantScope.bind(caller.get())) {
                chain.doFilter(request, response);
            }
        } finally {
            MDC.remove(LogContext.TENANT);
            MDC.remove(LogContext.CLIENT_ADDRESS);
            MDC.remove(LogContext.REQUEST_ID);
        }
    }

    private Optional<TenantContext> authenticate(RequestCredentials credentials) {
        for (Ranked ranked : authenticators) {
            Optional<TenantContext> caller = ranked.authenticator().authenticate(credentials);
            if (caller.isPresent()) {
                return caller;
            }
        }
        return Optional.empty();
    }

    private void writeProblem(HttpServletResponse response, Problem problem) throws IOException {
        response.setStatus(problem.status());
        response.setContentType(JsonProvider.PROBLEM_JSON);
        response.setCharacterEncoding("UTF-8");
        if (problem.status() == 401) {
            response.setHeader("WWW-Authenticate", Problem.BEARER_CHALLENGE);
        }
        json.writeValue(response.getOutputStream(), problem);
    }

    @Override
    public void destroy() {
        // nothing held
    }

    /** Highest service ranking first, as OSGi orders services. */
    private record Ranked(RequestAuthenticator authenticator, ServiceReference<RequestAuthenticator> reference)
            implements Comparable<Ranked> {
        @Override
        public int compareTo(Ranked other) {
            return other.reference.compareTo(reference);
        }
    }
}
