package com.doganhub.zatca.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The harness our generated documents will be checked with: ZATCA's rules accept the SDK's valid samples and name
 * the rule a broken document breaks, so a clean report on our XML means what the SDK's validator would say.
 */
class ZatcaRulesTest {

    @Test
    void theSdksValidSamplesPassEveryRule() {
        int checked = 0;
        for (JsonNode vector : Vectors.of("invoice_hash_vectors")) {
            String file = vector.get("local_file").asText();
            // the *_Error samples differ from the valid ones only in their digests and signatures, which the
            // schematron does not check (the hash and signature tests do)
            if (!vector.get("recommended_for_tests").asBoolean() || file.endsWith("_Error.xml")) {
                continue;
            }
            assertThat(ZatcaRules.errors(Vectors.sample(file))).as(file).isEmpty();
            checked++;
        }
        assertThat(checked).isEqualTo(11);
    }

    @Test
    void aBrokenDocumentIsReportedWithTheRuleItBreaks() {
        String valid = new String(Vectors.sample("sdk-r3.2.7/Samples/Simplified/Invoice/Simplified_Invoice.xml"),
                StandardCharsets.UTF_8);
        String wrongProfile = valid.replace("<cbc:ProfileID>reporting:1.0</cbc:ProfileID>",
                "<cbc:ProfileID>reporting:2.0</cbc:ProfileID>");
        assertThat(wrongProfile).isNotEqualTo(valid);

        List<ZatcaRules.Finding> errors = ZatcaRules.errors(wrongProfile.getBytes(StandardCharsets.UTF_8));

        assertThat(errors).extracting(ZatcaRules.Finding::rule).contains("BR-KSA-EN16931-01");
    }
}
