package com.doganhub.platform.web.internal;

import java.util.List;

/**
 * A request body that could not be read as the resource's input: malformed JSON, an unknown field, a value of the
 * wrong type. Answered 400 with the position or the field.
 */
final class RequestBodyRejected extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final String field;
    private final List<Object> args;
    private final Integer line;
    private final Integer column;

    RequestBodyRejected(String code, String field, Integer line, Integer column, List<Object> args, Throwable cause) {
        super(code, cause, false, false);
        this.code = code;
        this.field = field;
        this.line = line;
        this.column = column;
        this.args = List.copyOf(args);
    }

    String code() {
        return code;
    }

    /** The JSON path of the field at fault, or {@code null} for syntax errors. */
    String field() {
        return field;
    }

    List<Object> args() {
        return args;
    }

    Integer line() {
        return line;
    }

    Integer column() {
        return column;
    }
}
