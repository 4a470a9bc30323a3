package com.doganhub.zatca.internal.qr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.doganhub.platform.api.error.FieldError;
import com.doganhub.platform.api.error.ValidationFailed;
import com.doganhub.zatca.internal.Vectors;
import com.fasterxml.jackson.databind.JsonNode;

class QrCodesTest {

    @Test
    void everyReverifiedVectorReencodesExactlyAndDecodesBack() {
        int checked = 0;
        for (JsonNode vector : Vectors.of("qr_vectors")) {
            if (!vector.get("reverified").asBoolean()) {
                continue; // the vectors file marks documentation errors; they are not positive cases
            }
            List<QrField> fields = new ArrayList<>();
            for (JsonNode input : vector.get("inputs")) {
                QrTag tag = QrTag.values()[input.get("tag").asInt() - 1];
                fields.add(input.has("hex") ? new QrField(tag, HexFormat.of().parseHex(input.get("hex").asText()))
                        : QrField.text(tag, input.get("utf8").asText()));
            }
            String encoded = QrCodes.encode(fields);
            assertThat(encoded).as(vector.get("id").asText()).isEqualTo(vector.get("expected_base64").asText());
            List<QrField> decoded = QrCodes.decode(encoded);
            assertThat(decoded).hasSameSizeAs(fields);
            for (int i = 0; i < fields.size(); i++) {
                assertThat(decoded.get(i).tag()).isEqualTo(fields.get(i).tag());
                assertThat(decoded.get(i).value()).isEqualTo(fields.get(i).value());
            }
            checked++;
        }
        assertThat(checked).isEqualTo(11);
    }

    @Test
    void phase1WritesTheTimestampInIsoAndAmountsWithTwoDecimals() {
        String encoded = QrCodes.phase1("Salla", "1234567891", Instant.parse("2021-07-12T14:25:09.350Z"),
                new BigDecimal("100"), new BigDecimal("15"));

        assertThat(encoded).isEqualTo("AQVTYWxsYQIKMTIzNDU2Nzg5MQMUMjAyMS0wNy0xMlQxNDoyNTowOVoEBjEwMC4wMAUFMTUuMDA=");
    }

    @Test
    void aValueOverTwoHundredFiftyFiveBytesIsRefusedNamingItsFieldNeverCut() {
        String arabic127 = "ع".repeat(127); // 254 bytes: fits
        String arabic128 = "ع".repeat(128); // 256 bytes: does not

        assertThat(QrCodes.decode(QrCodes.encode(List.of(QrField.text(QrTag.SELLER_NAME, arabic127)))).get(0).value())
                .hasSize(254);
        ValidationFailed refused = catchThrowableOfType(ValidationFailed.class, () -> QrCodes.encode(List.of(
                QrField.text(QrTag.SELLER_NAME, arabic128), QrField.text(QrTag.VAT_NUMBER, "310122393500003"))));
        assertThat(refused.errors()).extracting(FieldError::field, FieldError::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("sellerName", "zatca.qr-value-too-long"));
        assertThat(refused.errors().get(0).args()).containsExactly(1, 256);
    }

    @Test
    void aPayloadOverSevenHundredCharactersIsRefused() {
        List<QrField> fields = List.of(QrField.text(QrTag.SELLER_NAME, "a".repeat(255)),
                QrField.text(QrTag.VAT_NUMBER, "b".repeat(255)), QrField.text(QrTag.TIMESTAMP, "c".repeat(60)));

        ValidationFailed refused = catchThrowableOfType(ValidationFailed.class, () -> QrCodes.encode(fields));

        assertThat(refused.errors().get(0).field()).isEqualTo("qr");
    }
}
