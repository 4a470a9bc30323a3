package com.doganhub.integration.storage.internal.files;

import java.io.IOException;
import java.io.InputStream;

/** Counts what passes and refuses to pass more than the limit. */
final class LimitedStream extends java.io.FilterInputStream {

    /** Thrown from a read once the limit is passed. */
    static final class TooLarge extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooLarge() {
            super("upload larger than the limit", null, false, false);
        }
    }

    private final long limit;
    private long count;

    LimitedStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0 && ++count > limit) {
            throw new TooLarge();
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int read = super.read(buffer, offset, length);
        if (read > 0 && (count += read) > limit) {
            throw new TooLarge();
        }
        return read;
    }
}
