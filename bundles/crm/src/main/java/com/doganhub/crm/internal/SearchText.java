package com.doganhub.crm.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Folds names for search so that what people type finds what was stored: Arabic without its diacritics (tashkeel),
 * tatweel, and with the letters people write interchangeably made one (أ إ آ ٱ → ا, ى → ي, ة → ه, ؤ → و, ئ → ي);
 * Latin lower-cased and without accents (é → e). Arabic-Indic digits become ASCII digits.
 */
public final class SearchText {

    private static final Pattern MARKS = Pattern.compile("[\\p{Mn}\\u0640]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private SearchText() {
    }

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (char c : MARKS.matcher(decomposed).replaceAll("").toCharArray()) {
            out.append(switch (c) {
                case 'أ', 'إ', 'آ', 'ٱ' -> 'ا';
                case 'ى', 'ئ' -> 'ي';
                case 'ة' -> 'ه';
                case 'ؤ' -> 'و';
                default -> c >= '٠' && c <= '٩' ? (char) ('0' + (c - '٠')) : c;
            });
        }
        return SPACES.matcher(Normalizer.normalize(out, Normalizer.Form.NFC).toLowerCase(Locale.ROOT)).replaceAll(" ")
                .strip();
    }

    /** A {@code like ... escape '!'} operand matching {@code folded} anywhere, its wildcards taken literally. */
    public static String containing(String folded) {
        return "%" + folded.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    /** One line holding every searchable value, folded; a search is a substring of it. */
    public static String of(String... values) {
        return Stream.of(values).filter(Objects::nonNull).map(SearchText::fold).filter(value -> !value.isEmpty())
                .collect(Collectors.joining(" | "));
    }
}
