package com.doganhub.platform.security.internal;

import java.util.Optional;

import org.osgi.service.component.annotations.Component;

import com.doganhub.platform.api.TenantContext;
import com.doganhub.platform.api.TenantScope;
import com.doganhub.platform.api.error.Unauthenticated;

/**
 * Keeps the tenant per thread. The thread-local belongs to this component instance, so stopping the bundle
 * drops every binding with it.
 */
@Component(service = TenantScope.class)
public class ThreadBoundTenantScope implements TenantScope {

    private final ThreadLocal<TenantContext> bound = new ThreadLocal<>();

    @Override
    public Optional<TenantContext> current() {
        return Optional.ofNullable(bound.get());
    }

    @Override
    public TenantContext require() {
        TenantContext context = bound.get();
        if (context == null) {
            throw new Unauthenticated("authentication.required");
        }
        return context;
    }

    @Override
    public Binding bind(TenantContext context) {
        if (context == null) {
            throw new IllegalArgumentException("context must not be null");
        }
        TenantContext previous = bound.get();
        bound.set(context);
        return new RestoringBinding(previous);
    }

    private final class RestoringBinding implements Binding {
        private final TenantContext previous;
        private boolean closed;

        RestoringBinding(TenantContext previous) {
            this.previous = previous;
        }

        @Override
        public void close() {
            if (closed) {
                return;
            }
            closed = true;
            if (previous == null) {
                bound.remove();
            } else {
                bound.set(previous);
            }
        }
    }
}
