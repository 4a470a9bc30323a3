package com.doganhub.zatca.internal.hash;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import com.doganhub.zatca.internal.Vectors;
import com.fasterxml.jackson.databind.JsonNode;

class InvoiceHashTest {

    @Test
    void theHashOfEverySdkSampleMarkedUsableIsReproducedExactly() {
        int checked = 0;
        for (JsonNode vector : Vectors.of("invoice_hash_vectors")) {
            if (!vector.get("recommended_for_tests").asBoolean()) {
                continue; // advance-payment samples and some error samples carry stale digests
            }
            byte[] xml = Vectors.sample(vector.get("local_file").asText());
            assertThat(InvoiceHash.of(xml)).as(vector.get("local_file").asText())
                    .isEqualTo(vector.get("recomputed_hash").asText())
                    .isEqualTo(vector.get("expected_hash_qr_tag6").asText());
            checked++;
        }
        assertThat(checked).isEqualTo(14);
    }

    @Test
    void theFirstInvoiceOfADeviceChainsToTheDocumentedSeed() {
        assertThat(InvoiceHash.FIRST_PREVIOUS_HASH).isEqualTo(Vectors.other("pih-seed").get("expected").asText());
    }

    @Test
    void changingOneAmountChangesTheHashButTheSignaturePartsDoNot() {
        String original = new String(Vectors.sample("sdk-r3.2.7/Samples/Simplified/Invoice/Simplified_Invoice.xml"),
                StandardCharsets.UTF_8);
        String hash = InvoiceHash.of(original.getBytes(StandardCharsets.UTF_8));

        String tampered = original.replaceFirst("<cbc:PayableAmount currencyID=\"SAR\">(\\d+)\\.(\\d)(\\d)",
                "<cbc:PayableAmount currencyID=\"SAR\">$1.$2" + "9");
        assertThat(tampered).isNotEqualTo(original);
        assertThat(InvoiceHash.of(tampered.getBytes(StandardCharsets.UTF_8))).isNotEqualTo(hash);

        String resigned = original.replaceFirst("<ds:SignatureValue>[^<]*</ds:SignatureValue>",
                "<ds:SignatureValue>AAAA</ds:SignatureValue>");
        assertThat(resigned).isNotEqualTo(original);
        assertThat(InvoiceHash.of(resigned.getBytes(StandardCharsets.UTF_8))).isEqualTo(hash);
    }
}
