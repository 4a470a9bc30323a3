package com.doganhub.finance.internal.pdf;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;

/**
 * Turns logical-order text into what a PDF content stream must draw: Arabic letters joined into their contextual
 * presentation forms (ICU ArabicShaping) and the whole line reordered left to right as it is seen (ICU Bidi), so
 * Arabic reads right to left and numbers inside it keep their order. PDF viewers do neither for us.
 */
final class BidiText {

    private BidiText() {
    }

    static boolean isRightToLeft(String text) {
        for (int i = 0; i < text.length(); i++) {
            byte direction = Character.getDirectionality(text.charAt(i));
            if (direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                    || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                return true;
            }
            if (direction == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                return false;
            }
        }
        return false;
    }

    /** The visual form of {@code logical}; text without right-to-left letters comes back as it is. */
    static String visual(String logical) {
        if (logical == null || logical.isEmpty() || !containsRightToLeft(logical)) {
            return logical == null ? "" : logical;
        }
        String shaped;
        try {
            shaped = new ArabicShaping(ArabicShaping.LETTERS_SHAPE | ArabicShaping.LENGTH_GROW_SHRINK
                    | ArabicShaping.TEXT_DIRECTION_LOGICAL).shape(logical);
        } catch (ArabicShapingException cannotShape) {
            shaped = logical;
        }
        Bidi bidi = new Bidi(shaped, isRightToLeft(logical) ? Bidi.RTL : Bidi.LTR);
        return bidi.writeReordered(Bidi.DO_MIRRORING | Bidi.REMOVE_BIDI_CONTROLS);
    }

    private static boolean containsRightToLeft(String text) {
        for (int i = 0; i < text.length(); i++) {
            byte direction = Character.getDirectionality(text.charAt(i));
            if (direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                    || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                return true;
            }
        }
        return false;
    }
}
