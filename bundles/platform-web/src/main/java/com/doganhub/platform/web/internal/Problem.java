package com.doganhub.platform.web.internal;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem document as the API sends it.
 *
 * @param type      {@code urn:doganhub:problem:<code>}
 * @param title     short, localized summary of the status
 * @param status    the HTTP status
 * @param detail    localized explanation of this occurrence
 * @param code      stable machine-readable reason
 * @param requestId the request's {@code X-Request-Id}
 * @param errorId   for 500s only: the id under which the failure was logged
 * @param line      for malformed JSON: where the parser stopped
 * @param column    for malformed JSON: where the parser stopped
 * @param errors    the fields at fault
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record Problem(String type, String title, int status, String detail, String code, String requestId, String errorId,
        Integer line, Integer column, List<FieldProblem> errors) {

    /** One field at fault, with its message in the caller's language. */
    record FieldProblem(String field, String code, String message) {
    }

    /** The challenge every 401 carries (RFC 9110 §11.6.1). */
    static final String BEARER_CHALLENGE = "Bearer realm=\"doganhub\"";

    static String typeOf(String code) {
        return "urn:doganhub:problem:" + code;
    }
}
