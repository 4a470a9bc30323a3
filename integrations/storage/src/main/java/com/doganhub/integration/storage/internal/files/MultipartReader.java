package com.doganhub.integration.storage.internal.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code multipart/form-data} (RFC 7578) as a stream: each part's content is an {@link InputStream} that ends
 * at the next boundary, so a file goes to storage without ever being held in memory or written to a temporary file.
 * Parts must be read in order; {@link #next()} skips what is left of the current one.
 */
final class MultipartReader {

    private static final Pattern BOUNDARY = Pattern.compile("(?i)boundary=(?:\"([^\"]{1,70})\"|([^;\\s]{1,70}))");
    private static final Pattern NAME = Pattern.compile("(?i);\\s*name=\"([^\"]*)\"");
    private static final Pattern FILE_NAME = Pattern.compile("(?i);\\s*filename=\"([^\"]*)\"");
    private static final int MAX_HEADERS = 8 * 1024;

    /** One part: its form field name, the file name the client gave (may be {@code null}), and its content. */
    record Part(String name, String fileName, String contentType, InputStream content) {
    }

    private final InputStream in;
    private final byte[] delimiter;
    private final byte[] buffer = new byte[64 * 1024];
    private int start;
    private int end;
    private boolean finished;
    private PartStream current;

    MultipartReader(InputStream body, String contentType) {
        Matcher boundary = BOUNDARY.matcher(contentType == null ? "" : contentType);
        if (!boundary.find()) {
            throw new IllegalArgumentException("multipart/form-data without a boundary");
        }
        String value = boundary.group(1) != null ? boundary.group(1) : boundary.group(2);
        this.in = body;
        this.delimiter = ("\r\n--" + value).getBytes(StandardCharsets.US_ASCII);
        // The first boundary has no CR LF before it: act as if it had, so every boundary looks the same.
        buffer[0] = '\r';
        buffer[1] = '\n';
        end = 2;
    }

    /** The next part, or {@code null} after the closing boundary. */
    Part next() throws IOException {
        if (finished) {
            return null;
        }
        if (current == null) {
            skipToDelimiter(); // the preamble
        } else {
            current.skipRest();
        }
        if (!fill(2)) {
            throw new IOException("multipart body ends without its closing boundary");
        }
        if (buffer[start] == '-' && buffer[start + 1] == '-') {
            finished = true;
            return null;
        }
        String headers = readHeaders();
        String disposition = header(headers, "content-disposition");
        Matcher name = NAME.matcher(disposition == null ? "" : disposition);
        Matcher fileName = FILE_NAME.matcher(disposition == null ? "" : disposition);
        current = new PartStream();
        return new Part(name.find() ? name.group(1) : "", fileName.find() ? fileName.group(1) : null,
                header(headers, "content-type"), current);
    }

    private void skipToDelimiter() throws IOException {
        PartStream preamble = new PartStream();
        preamble.skipRest();
    }

    private String readHeaders() throws IOException {
        // after the boundary: the rest of its line (CR LF), then header lines, then an empty line
        StringBuilder text = new StringBuilder();
        while (true) {
            if (!fill(1)) {
                throw new IOException("multipart part headers end early");
            }
            text.append((char) (buffer[start++] & 0xff));
            if (text.length() > MAX_HEADERS) {
                throw new IOException("multipart part headers too long");
            }
            int length = text.length();
            if (length >= 4 && text.substring(length - 4).equals("\r\n\r\n")) {
                String raw = length >= 6 ? text.substring(2, length - 4) : "";
                return new String(raw.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
            }
        }
    }

    private static String header(String headers, String wanted) {
        for (String line : headers.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).strip().toLowerCase(Locale.ROOT).equals(wanted)) {
                return line.substring(colon + 1).strip();
            }
        }
        return null;
    }

    /** Makes at least {@code wanted} bytes available, unless the body ends first. */
    private boolean fill(int wanted) throws IOException {
        if (end - start >= wanted) {
            return true;
        }
        if (start > 0) {
            System.arraycopy(buffer, start, buffer, 0, end - start);
            end -= start;
            start = 0;
        }
        while (end - start < wanted) {
            int read = in.read(buffer, end, buffer.length - end);
            if (read < 0) {
                return false;
            }
            end += read;
        }
        return true;
    }

    private int indexOfDelimiter() {
        outer:
        for (int i = start; i <= end - delimiter.length; i++) {
            for (int j = 0; j < delimiter.length; j++) {
                if (buffer[i + j] != delimiter[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** A part's content: ends where the next delimiter starts; the delimiter itself is consumed at the end. */
    private final class PartStream extends InputStream {

        private boolean done;

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] target, int offset, int length) throws IOException {
            if (done || length == 0) {
                return done ? -1 : 0;
            }
            if (!fill(delimiter.length) && end - start < delimiter.length) {
                throw new IOException("multipart body ends inside a part");
            }
            int found = indexOfDelimiter();
            int available = found >= 0 ? found - start : end - start - (delimiter.length - 1);
            if (found == start) {
                start += delimiter.length;
                done = true;
                return -1;
            }
            int count = Math.min(available, length);
            System.arraycopy(buffer, start, target, offset, count);
            start += count;
            return count;
        }

        void skipRest() throws IOException {
            byte[] sink = new byte[8192];
            while (read(sink, 0, sink.length) >= 0) {
                // drain
            }
        }
    }
}
