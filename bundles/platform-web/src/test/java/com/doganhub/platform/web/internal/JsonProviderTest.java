package com.doganhub.platform.web.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import javax.ws.rs.core.MediaType;

import org.junit.jupiter.api.Test;

class JsonProviderTest {

    record Line(String description, BigDecimal unitPrice, LocalDate supplyDate) {
    }

    record Invoice(String customer, List<Line> lines, Instant issuedAt) {
    }

    private final JsonProvider provider = new JsonProvider();

    @Test
    void writesDecimalsAsStringsAndTimesAsIso() throws Exception {
        Invoice invoice = new Invoice("شركة النور", List.of(new Line("استشارة", new BigDecimal("1150.50"), LocalDate.of(2026, 12, 31))),
                Instant.parse("2026-11-27T10:15:30Z"));
        assertThat(write(invoice)).isEqualTo("{\"customer\":\"شركة النور\",\"lines\":[{\"description\":\"استشارة\","
                + "\"unitPrice\":\"1150.50\",\"supplyDate\":\"2026-12-31\"}],\"issuedAt\":\"2026-11-27T10:15:30Z\"}");
    }

    @Test
    void readsDecimalsGivenAsStringsOrNumbersWithoutLosingDigits() throws Exception {
        Line fromString = (Line) read(Line.class, "{\"description\":\"x\",\"unitPrice\":\"0.10\"}");
        Line fromNumber = (Line) read(Line.class, "{\"description\":\"x\",\"unitPrice\":0.10}");
        assertThat(fromString.unitPrice()).isEqualByComparingTo("0.10").hasScaleOf(2);
        assertThat(fromNumber.unitPrice()).isEqualByComparingTo("0.10");
    }

    @Test
    void malformedJsonNamesLineAndColumn() {
        assertThatThrownBy(() -> read(Line.class, "{\"description\": \"x\",\n  \"unitPrice\": }"))
                .isInstanceOfSatisfying(RequestBodyRejected.class, rejected -> {
                    assertThat(rejected.code()).isEqualTo("malformed-json");
                    assertThat(rejected.line()).isEqualTo(2);
                    assertThat(rejected.column()).isGreaterThan(1);
                });
    }

    @Test
    void anUnknownFieldIsNamedWithItsPath() {
        assertThatThrownBy(() -> read(Invoice.class, "{\"customer\":\"x\",\"lines\":[{\"description\":\"a\",\"unitprice\":\"1\"}]}"))
                .isInstanceOfSatisfying(RequestBodyRejected.class, rejected -> {
                    assertThat(rejected.code()).isEqualTo("unknown-field");
                    assertThat(rejected.field()).isEqualTo("lines[0].unitprice");
                });
    }

    @Test
    void aValueOfTheWrongTypeIsNamedWithItsPath() {
        assertThatThrownBy(() -> read(Invoice.class, "{\"customer\":\"x\",\"lines\":[{\"supplyDate\":\"31/12/2026\"}]}"))
                .isInstanceOfSatisfying(RequestBodyRejected.class, rejected -> {
                    assertThat(rejected.code()).isEqualTo("invalid-value");
                    assertThat(rejected.field()).isEqualTo("lines[0].supplyDate");
                });
    }

    @Test
    void anEmptyBodyIsMissingNotMalformed() {
        assertThatThrownBy(() -> read(Line.class, ""))
                .isInstanceOfSatisfying(RequestBodyRejected.class, rejected -> assertThat(rejected.code()).isEqualTo("missing-body"));
    }

    @Test
    void trailingGarbageIsMalformed() {
        assertThatThrownBy(() -> read(Line.class, "{\"description\":\"x\"} {}"))
                .isInstanceOf(RequestBodyRejected.class);
    }

    @Test
    void handlesJsonAndProblemJsonOnly() {
        assertThat(provider.isReadable(Line.class, Line.class, new Annotation[0], MediaType.APPLICATION_JSON_TYPE)).isTrue();
        assertThat(provider.isWriteable(Problem.class, Problem.class, new Annotation[0], MediaType.valueOf("application/problem+json"))).isTrue();
        assertThat(provider.isReadable(Line.class, Line.class, new Annotation[0], MediaType.TEXT_PLAIN_TYPE)).isFalse();
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private Object read(Class<?> type, String json) throws Exception {
        return provider.readFrom((Class) type, type, new Annotation[0], MediaType.APPLICATION_JSON_TYPE, null,
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private String write(Object value) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        provider.writeTo(value, value.getClass(), value.getClass(), new Annotation[0], MediaType.APPLICATION_JSON_TYPE, null, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
