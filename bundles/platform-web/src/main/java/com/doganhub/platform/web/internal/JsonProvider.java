package com.doganhub.platform.web.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackInputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.List;
import java.util.stream.Collectors;

import javax.ws.rs.Consumes;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.ext.MessageBodyReader;
import javax.ws.rs.ext.MessageBodyWriter;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsMediaType;

import com.doganhub.platform.api.JaxrsApplications;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Reads and writes JSON (and problem+json) for both platform applications with the platform's one mapper, turning
 * every reading failure into a {@link RequestBodyRejected} that names the position or the field.
 */
@Component(service = { MessageBodyReader.class, MessageBodyWriter.class })
@JaxrsExtension
@JaxrsName(JsonProvider.NAME)
@JaxrsMediaType({ MediaType.APPLICATION_JSON, JsonProvider.PROBLEM_JSON })
@JaxrsApplicationSelect(JaxrsApplications.SELECT)
@Consumes({ MediaType.APPLICATION_JSON, "application/*+json" })
@Produces({ MediaType.APPLICATION_JSON, JsonProvider.PROBLEM_JSON, "application/*+json" })
public class JsonProvider implements MessageBodyReader<Object>, MessageBodyWriter<Object> {

    static final String NAME = "doganhub-json";

    static final String PROBLEM_JSON = "application/problem+json";

    private final ObjectMapper mapper = JsonMapperFactory.create();

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return isJson(mediaType) && type != InputStream.class;
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, String> headers, InputStream body) throws IOException {
        PushbackInputStream input = new PushbackInputStream(body, 1);
        int first = input.read();
        if (first < 0) {
            throw new RequestBodyRejected("missing-body", null, null, null, List.of(), null);
        }
        input.unread(first);
        JavaType target = mapper.getTypeFactory().constructType(genericType != null ? genericType : type);
        try {
            return mapper.readValue(input, target);
        } catch (UnrecognizedPropertyException unknown) {
            String field = path(unknown);
            throw new RequestBodyRejected("unknown-field", field, null, null, List.of(field), unknown);
        } catch (StreamReadException syntax) {
            JsonLocation at = syntax.getLocation();
            Integer line = at == null ? null : at.getLineNr();
            Integer column = at == null ? null : at.getColumnNr();
            throw new RequestBodyRejected("malformed-json", null, line, column,
                    List.of(line == null ? "?" : line, column == null ? "?" : column, syntax.getOriginalMessage()), syntax);
        } catch (JsonMappingException mapping) {
            String field = path(mapping);
            throw new RequestBodyRejected("invalid-value", field, null, null, List.of(field), mapping);
        } catch (JsonProcessingException other) {
            throw new RequestBodyRejected("malformed-json", null, null, null, List.of("?", "?", other.getOriginalMessage()), other);
        }
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return isJson(mediaType);
    }

    @Override
    public void writeTo(Object value, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        mapper.writeValue(new NonClosingOutputStream(out), value);
    }

    ObjectMapper mapper() {
        return mapper;
    }

    private static boolean isJson(MediaType mediaType) {
        if (mediaType == null) {
            return false;
        }
        String subtype = mediaType.getSubtype();
        return "application".equals(mediaType.getType()) && ("json".equals(subtype) || subtype.endsWith("+json"));
    }

    /** The field's JSON path as the client wrote it: {@code lines[2].quantity}. */
    static String path(JsonMappingException failure) {
        String joined = failure.getPath().stream().map(reference -> reference.getFieldName() != null
                ? "." + reference.getFieldName()
                : "[" + reference.getIndex() + "]").collect(Collectors.joining());
        return joined.startsWith(".") ? joined.substring(1) : joined.isEmpty() ? "$" : joined;
    }

    /** Jackson closes what it writes to; the container owns the response stream. */
    private static final class NonClosingOutputStream extends java.io.FilterOutputStream {
        NonClosingOutputStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
