package com.doganhub.crm.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void arabicIsFoundWithoutItsDiacriticsAndWithEitherAlefOrTaMarbuta() {
        String stored = SearchText.of("مُحَمَّد الأحمدي", "Mohammed Al-Ahmadi");
        assertThat(stored).contains(SearchText.fold("محمد"));
        assertThat(stored).contains(SearchText.fold("الاحمدي"));
        assertThat(SearchText.fold("فاطمة")).isEqualTo(SearchText.fold("فاطمه"));
        assertThat(SearchText.fold("مصطفى")).isEqualTo(SearchText.fold("مصطفي"));
        assertThat(SearchText.fold("إبراهيم")).isEqualTo(SearchText.fold("ابراهيم"));
        assertThat(SearchText.fold("عبـــدالله")).isEqualTo(SearchText.fold("عبدالله"));
    }

    @Test
    void latinIsFoundWhateverItsCaseAndAccents() {
        assertThat(SearchText.fold("  José  ÉLAN ")).isEqualTo("jose elan");
        assertThat(SearchText.of("Renée", null, "")).isEqualTo("renee");
    }

    @Test
    void arabicIndicDigitsAreDigits() {
        assertThat(SearchText.fold("٠٥٠١٢٣٤٥٦٧")).isEqualTo("0501234567");
    }
}
