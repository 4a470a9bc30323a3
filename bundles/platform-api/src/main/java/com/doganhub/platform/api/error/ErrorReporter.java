package com.doganhub.platform.api.error;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Somewhere unhandled errors go besides the log (Sentry, when configured). Called for every 500 the API answers,
 * on the request thread: hand the error over and return at once.
 */
@ConsumerType
public interface ErrorReporter {

    void report(UnhandledError error);
}
