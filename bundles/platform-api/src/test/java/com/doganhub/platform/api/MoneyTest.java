package com.doganhub.platform.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void keepsTwoDecimalsForRiyals() {
        assertThat(Money.of("1000", "SAR").toPlainString()).isEqualTo("1000.00");
    }

    @Test
    void vatOnAnAmountRoundsHalfUpToTheHalala() {
        Money net = Money.of("33.33", "SAR");
        assertThat(net.times(new BigDecimal("0.15")).toPlainString()).isEqualTo("5.00");
        assertThat(Money.of("0.03", "SAR").times(new BigDecimal("0.15")).toPlainString()).isEqualTo("0.00");
        assertThat(Money.of("0.10", "SAR").times(new BigDecimal("0.15")).toPlainString()).isEqualTo("0.02");
    }

    @Test
    void addsAndSubtractsInTheSameCurrency() {
        Money total = Money.of("1000.00", "SAR").plus(Money.of("150.00", "SAR")).minus(Money.of("0.50", "SAR"));
        assertThat(total).isEqualTo(Money.of("1149.50", "SAR"));
    }

    @Test
    void refusesToMixCurrencies() {
        assertThatThrownBy(() -> Money.of("1", "SAR").plus(Money.of("1", "USD")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SAR").hasMessageContaining("USD");
    }

    @Test
    void refusesUnknownOrLowerCaseCurrencyCodes() {
        assertThatThrownBy(() -> Money.of("1", "sar")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.of("1", "XYZ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void usesTheCurrencysOwnMinorUnits() {
        assertThat(Money.of("1.2345", "KWD").toPlainString()).isEqualTo("1.235");
        assertThat(Money.of("99.5", "JPY").toPlainString()).isEqualTo("100");
    }

    @Test
    void equalAmountsWithDifferentScalesAreEqual() {
        assertThat(Money.of("5", "SAR")).isEqualTo(Money.of("5.000", "SAR"));
    }
}
