package com.doganhub.integration.storage.internal.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;

class MultipartReaderTest {

    private static final String TYPE = "multipart/form-data; boundary=----doganhub42";

    @Test
    void readsFieldsAndAFileWhoseBytesLookLikeBoundariesAndSpanBuffers() throws IOException {
        byte[] file = new byte[300_000];
        new Random(7).nextBytes(file);
        byte[] tricky = "\r\n------doganhub4\r\n--".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(tricky, 0, file, 65_530, tricky.length); // a near-boundary across the 64 KB buffer edge
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("preamble\r\n------doganhub42\r\nContent-Disposition: form-data; name=\"entityType\"\r\n\r\n"
                + "invoice\r\n------doganhub42\r\nContent-Disposition: form-data; name=\"file\"; filename=\"فاتورة.pdf\"\r\n"
                + "Content-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes("\r\n------doganhub42--\r\n".getBytes(StandardCharsets.US_ASCII));

        MultipartReader reader = new MultipartReader(new ByteArrayInputStream(body.toByteArray()), TYPE);
        MultipartReader.Part field = reader.next();
        assertThat(field.name()).isEqualTo("entityType");
        assertThat(new String(field.content().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("invoice");
        MultipartReader.Part upload = reader.next();
        assertThat(upload.name()).isEqualTo("file");
        assertThat(upload.fileName()).isEqualTo("فاتورة.pdf");
        assertThat(upload.contentType()).isEqualTo("text/plain");
        assertThat(readInSmallPieces(upload.content())).isEqualTo(file);
        assertThat(reader.next()).isNull();
    }

    @Test
    void skipsWhatAPartLeftUnreadAndRefusesATruncatedBody() throws IOException {
        String body = "------doganhub42\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nlong value\r\n"
                + "------doganhub42\r\nContent-Disposition: form-data; name=\"b\"\r\n\r\nB\r\n------doganhub42--";
        MultipartReader reader = new MultipartReader(stream(body), TYPE);
        assertThat(reader.next().name()).isEqualTo("a");
        MultipartReader.Part b = reader.next();
        assertThat(new String(b.content().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("B");
        assertThat(reader.next()).isNull();

        MultipartReader truncated = new MultipartReader(stream("------doganhub42\r\nContent-Disposition: form-data; "
                + "name=\"file\"\r\n\r\nhalf a fi"), TYPE);
        MultipartReader.Part part = truncated.next();
        assertThatThrownBy(() -> part.content().readAllBytes()).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> new MultipartReader(stream(""), "multipart/form-data"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] readInSmallPieces(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] piece = new byte[777];
        for (int read = in.read(piece); read >= 0; read = in.read(piece)) {
            out.write(piece, 0, read);
        }
        return out.toByteArray();
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
