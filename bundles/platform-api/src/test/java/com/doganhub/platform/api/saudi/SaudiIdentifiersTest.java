package com.doganhub.platform.api.saudi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;

import com.doganhub.platform.api.error.FieldError;
import com.doganhub.platform.api.error.ValidationFailed;

class SaudiIdentifiersTest {

    @Test
    void vatNumbersHaveFifteenDigitsStartingAndEndingWithThree() {
        assertThat(VatNumber.parse("vatNumber", " 399999999900003 ").value()).isEqualTo("399999999900003");
        assertThat(VatNumber.isValid("300075588700003")).isTrue();
        assertThat(VatNumber.isValid("399999999900004")).isFalse();
        assertThat(VatNumber.isValid("29999999990000 3")).isFalse();
        assertThat(VatNumber.isValid("39999999990003")).isFalse();
        assertThat(VatNumber.isValid("٣٩٩٩٩٩٩٩٩٩٠٠٠٠٣")).isFalse();
    }

    @Test
    void aBadVatNumberNamesTheField() {
        assertThatThrownBy(() -> VatNumber.parse("customer.vatNumber", "123"))
                .isInstanceOfSatisfying(ValidationFailed.class, failure -> assertThat(failure.errors())
                        .extracting(FieldError::field, FieldError::code)
                        .containsExactly(tuple("customer.vatNumber", "vat-number.format")));
    }

    @Test
    void anArabicNationalAddressIsAccepted() {
        NationalAddress address = NationalAddress.parse("address", "1234", "شارع الأمير سلطان", "حي الروضة", "جدة", "23435");
        assertThat(address.city()).isEqualTo("جدة");
        assertThat(address.postalCode()).isEqualTo("23435");
    }

    @Test
    void everyPartAtFaultIsNamedUnderItsPrefix() {
        assertThatThrownBy(() -> NationalAddress.parse("customer.address", "12", " ", null, "الرياض", "1234"))
                .isInstanceOfSatisfying(ValidationFailed.class, failure -> assertThat(failure.errors())
                        .extracting(FieldError::field, FieldError::code)
                        .containsExactly(
                                tuple("customer.address.buildingNumber", "building-number.format"),
                                tuple("customer.address.street", "required"),
                                tuple("customer.address.district", "required"),
                                tuple("customer.address.postalCode", "postal-code.format")));
    }

    @Test
    void theValueTypeRefusesWhatParseWouldRefuse() {
        assertThatThrownBy(() -> new NationalAddress("1234", "Street", "District", "City", "ABCDE"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new VatNumber("300075588700004")).isInstanceOf(IllegalArgumentException.class);
    }
}
