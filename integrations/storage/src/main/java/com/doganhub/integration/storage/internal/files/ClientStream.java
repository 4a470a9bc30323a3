package com.doganhub.integration.storage.internal.files;

import java.io.IOException;
import java.io.InputStream;

/**
 * The client's bytes: a read failure there (a hang-up, a broken body) is the client's problem, so it travels as
 * an unchecked {@link Broken} that storage providers pass through rather than as an I/O error of the store.
 */
final class ClientStream extends java.io.FilterInputStream {

    /** The client's stream failed. */
    static final class Broken extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Broken(IOException cause) {
            super("the upload stream broke", cause);
        }
    }

    ClientStream(InputStream in) {
        super(in);
    }

    @Override
    public int read() {
        try {
            return super.read();
        } catch (IOException failed) {
            throw new Broken(failed);
        }
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        try {
            return super.read(buffer, offset, length);
        } catch (IOException failed) {
            throw new Broken(failed);
        }
    }
}
