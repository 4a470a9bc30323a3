package com.doganhub.sample.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import com.doganhub.platform.api.error.FieldError;
import com.doganhub.platform.api.error.ValidationFailed;

class NoteValidatorTest {

    @Test
    void acceptsAnArabicTitleAndAnAmountInHalalas() {
        assertThat(NoteValidator.validate(new NoteRequest("دفعة مقدمة", new BigDecimal("1150.50"), "SAR", null)).toString())
                .isEqualTo("1150.50 SAR");
    }

    @Test
    void reportsEveryFieldAtFaultAtOnce() {
        assertThatThrownBy(() -> NoteValidator.validate(new NoteRequest(" ", null, "sar", null)))
                .isInstanceOfSatisfying(ValidationFailed.class, failure -> assertThat(failure.errors())
                        .extracting(FieldError::field, FieldError::code)
                        .containsExactly(
                                org.assertj.core.groups.Tuple.tuple("title", "required"),
                                org.assertj.core.groups.Tuple.tuple("amount", "required"),
                                org.assertj.core.groups.Tuple.tuple("currency", "invalid-value")));
    }

    @Test
    void refusesFractionsOfAHalala() {
        assertThatThrownBy(() -> NoteValidator.validate(new NoteRequest("x", new BigDecimal("1.005"), "SAR", null)))
                .isInstanceOfSatisfying(ValidationFailed.class,
                        failure -> assertThat(failure.errors().get(0).field()).isEqualTo("amount"));
    }

    @Test
    void refusesTitlesLongerThanTheColumn() {
        assertThatThrownBy(() -> NoteValidator.validate(new NoteRequest("a".repeat(201), BigDecimal.ONE, "SAR", null)))
                .isInstanceOfSatisfying(ValidationFailed.class,
                        failure -> assertThat(failure.errors().get(0).code()).isEqualTo("too-long"));
    }
}
