package com.doganhub.platform.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class RequestLanguageTest {

    @Test
    void arabicWhenArabicIsPreferred() {
        assertThat(RequestLanguage.fromHeader("ar-SA,ar;q=0.9,en;q=0.8").getLanguage()).isEqualTo("ar");
    }

    @Test
    void theFirstSupportedLanguageByWeightWins() {
        assertThat(RequestLanguage.fromHeader("fr-FR,en;q=0.8,ar;q=0.5")).isEqualTo(Locale.ENGLISH);
        assertThat(RequestLanguage.fromHeader("fr-FR,ar;q=0.8,en;q=0.5").getLanguage()).isEqualTo("ar");
    }

    @Test
    void englishWhenNothingOrNothingUsableIsAsked() {
        assertThat(RequestLanguage.fromHeader(null)).isEqualTo(Locale.ENGLISH);
        assertThat(RequestLanguage.fromHeader("de")).isEqualTo(Locale.ENGLISH);
        assertThat(RequestLanguage.fromHeader(";;;garbage")).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void requestIdsAreKeptOnlyWhenPlain() {
        assertThat(RequestIds.acceptOrCreate("req-2026-11-27-0001")).isEqualTo("req-2026-11-27-0001");
        assertThat(RequestIds.acceptOrCreate("bad\r\nSet-Cookie: x")).isNotEqualTo("bad\r\nSet-Cookie: x").hasSize(36);
        assertThat(RequestIds.acceptOrCreate(null)).hasSize(36);
    }
}
