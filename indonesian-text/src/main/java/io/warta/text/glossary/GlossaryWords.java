package io.warta.text.glossary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words of a text as glossary matching sees them, lower-cased: runs of letters, marks and digits (a hyphen
 * between two such characters stays inside the word, so KPK-nya and negara-negara are one word), and every other
 * visible character as a word of its own, so a comma still separates "Korea, Utara". One linear pass.
 */
public final class GlossaryWords {

    private GlossaryWords() {
    }

    /** A word, lower-cased, and where it stands in the text: characters [start, end). */
    public record Word(String lower, int start, int end) {
    }

    public static List<String> of(String text) {
        List<Word> words = withOffsets(text);
        List<String> lower = new ArrayList<>(words.size());
        words.forEach(w -> lower.add(w.lower()));
        return lower;
    }

    public static List<Word> withOffsets(String text) {
        List<Word> words = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i++;
                continue;
            }
            int start = i;
            if (isWordChar(c)) {
                i++;
                while (i < n && (isWordChar(text.charAt(i))
                        || text.charAt(i) == '-' && i + 1 < n && isWordChar(text.charAt(i + 1)))) {
                    i++;
                }
            } else {
                i += Character.isHighSurrogate(c) && i + 1 < n ? 2 : 1;
            }
            words.add(new Word(text.substring(start, i).toLowerCase(Locale.ROOT), start, i));
        }
        return words;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.getType(c) == Character.COMBINING_SPACING_MARK;
    }
}
