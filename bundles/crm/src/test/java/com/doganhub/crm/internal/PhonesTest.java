package com.doganhub.crm.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhonesTest {

    @Test
    void saudiNumbersAsPeopleWriteThemBecomeE164() {
        assertThat(Phones.e164("0501234567")).isEqualTo("+966501234567");
        assertThat(Phones.e164("050 123 4567")).isEqualTo("+966501234567");
        assertThat(Phones.e164("00966501234567")).isEqualTo("+966501234567");
        assertThat(Phones.e164("966501234567")).isEqualTo("+966501234567");
        assertThat(Phones.e164("+966 50 123-4567")).isEqualTo("+966501234567");
        assertThat(Phones.e164("+14155552671")).isEqualTo("+14155552671");
    }

    @Test
    void whatIsNoPhoneNumberIsRefused() {
        assertThat(Phones.e164("12345")).isNull();
        assertThat(Phones.e164("+0501234567")).isNull();
        assertThat(Phones.e164("call me")).isNull();
        assertThat(Phones.e164("+9665012345678901234")).isNull();
        assertThat(Phones.e164(null)).isNull();
    }
}
