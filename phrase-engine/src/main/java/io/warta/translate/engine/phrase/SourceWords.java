package io.warta.translate.engine.phrase;

import java.util.Arrays;

/** Small tests on Indonesian source words and English option words that several stages share. */
public final class SourceWords {

    private SourceWords() {
    }

    /** Verb forms (meN-, ber-, ter-, di-) rarely take a country adjective: menyerang Rusia is "attack Russia". */
    public static boolean looksVerbal(String w) {
        if (w.startsWith("menteri") || w.startsWith("dinas") || w.startsWith("direktur") || w.startsWith("diplomat")) {
            return false;
        }
        return w.length() > 4 && (w.startsWith("me") || w.startsWith("ber") || w.startsWith("ter") || w.startsWith("di"));
    }

    public static boolean isAcronym(String token) {
        int letters = 0;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }

    /**
     * Whether every letter is a plain Latin letter: the training English holds stray foreign words (pukul -> "à")
     * that an Indonesian source never needs.
     */
    public static boolean englishLetters(String[] words) {
        for (String w : words) {
            for (int i = 0; i < w.length(); i++) {
                char c = w.charAt(i);
                if (Character.isLetter(c) && (c > 'z' || c < 'A')) {
                    return false;
                }
            }
        }
        return true;
    }

    public static String[] concat(String[] a, String[] b) {
        String[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
