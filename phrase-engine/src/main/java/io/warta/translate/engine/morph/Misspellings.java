package io.warta.translate.engine.morph;

import java.util.function.Predicate;

/**
 * News copy has typos (memliliki, mneyatakan, diangggap) that no dictionary holds. For an unknown lower-case word,
 * the known word one edit away, tried in the order typing errors are most often made: a letter too many, two letters
 * swapped, one letter wrong, one letter missing.
 */
public final class Misspellings {

    /** Shorter words have too many neighbours one edit away to guess from. */
    static final int MIN_LENGTH = 6;
    /** Longer "words" are not typos of a dictionary word; trying all their neighbours would cost 50 × length². */
    static final int MAX_LENGTH = 32;
    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";

    private Misspellings() {
    }

    /** The first known word one edit away from {@code word}, or null (also for short or non-alphabetic words). */
    public static String correct(String word, Predicate<String> known) {
        if (word.length() < MIN_LENGTH || word.length() > MAX_LENGTH || !word.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            return null;
        }
        StringBuilder b = new StringBuilder(word.length() + 1);
        for (int i = 0; i < word.length(); i++) {
            String candidate = word.substring(0, i) + word.substring(i + 1);
            if (known.test(candidate)) {
                return candidate;
            }
        }
        for (int i = 0; i + 1 < word.length(); i++) {
            b.setLength(0);
            b.append(word, 0, i).append(word.charAt(i + 1)).append(word.charAt(i)).append(word, i + 2, word.length());
            if (known.test(b.toString())) {
                return b.toString();
            }
        }
        for (int i = 0; i < word.length(); i++) {
            for (int k = 0; k < LETTERS.length(); k++) {
                char c = LETTERS.charAt(k);
                if (c != word.charAt(i)) {
                    String candidate = word.substring(0, i) + c + word.substring(i + 1);
                    if (known.test(candidate)) {
                        return candidate;
                    }
                }
            }
        }
        for (int i = 0; i <= word.length(); i++) {
            for (int k = 0; k < LETTERS.length(); k++) {
                String candidate = word.substring(0, i) + LETTERS.charAt(k) + word.substring(i);
                if (known.test(candidate)) {
                    return candidate;
                }
            }
        }
        return null;
    }
}
