package io.warta.text;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Puts text into the one canonical form every cache key and every model sees: HTML reduced to
 * its visible text, Unicode NFC, no control characters, unified spaces, trimmed lines. Quotes and dashes are kept as written
 * because they carry meaning for segmentation and output.
 */
public final class TextNormalizer {

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]|[\\p{Cf}&&[^\\u200D]]");
    /** Runs of horizontal white space other than a single plain space (which needs no rewriting). */
    private static final Pattern HORIZONTAL_SPACE = Pattern.compile(
            " ?[\\t\\u00A0\\u2000-\\u200B\\u202F\\u205F\\u3000][\\t\\u00A0\\u2000-\\u200B\\u202F\\u205F\\u3000 ]*| {2,}");
    private static final Pattern SPACE_AROUND_NEWLINE = Pattern.compile(" *\\n *");
    private static final Pattern MANY_BLANK_LINES = Pattern.compile("\\n{3,}");
    /**
     * Most combining marks kept in a row (Unicode's stream-safe text format allows 30): no script needs more, and
     * canonical ordering sorts each run by insertion, so a run of 100,000 alternating marks would take minutes.
     */
    static final int MAX_COMBINING_MARKS = 30;

    private TextNormalizer() {
    }

    /** Normalizes a whole text, keeping paragraph breaks (blank lines) and line breaks. */
    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String plain = capCombiningMarks(MarkupText.toText(text));
        String s = Normalizer.isNormalized(plain, Normalizer.Form.NFC) ? plain : Normalizer.normalize(plain, Normalizer.Form.NFC);
        s = s.replace("\r\n", "\n").replace('\r', '\n').replace('\u2028', '\n').replace('\u2029', '\n');
        if (hasControlOrFormat(s)) {
            s = CONTROL.matcher(s).replaceAll("");
        }
        s = HORIZONTAL_SPACE.matcher(s).replaceAll(" ");
        s = SPACE_AROUND_NEWLINE.matcher(s).replaceAll("\n");
        s = MANY_BLANK_LINES.matcher(s).replaceAll("\n\n");
        return s.strip();
    }

    /** {@code text} without the combining marks beyond {@link #MAX_COMBINING_MARKS} in a row. */
    static String capCombiningMarks(String text) {
        StringBuilder out = null;
        int run = 0;
        int copied = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (!isCombiningMark(cp)) {
                run = 0;
            } else if (++run > MAX_COMBINING_MARKS) {
                if (out == null) {
                    out = new StringBuilder(text.length());
                }
                out.append(text, copied, i);
                copied = next;
            }
            i = next;
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    private static boolean isCombiningMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static boolean hasControlOrFormat(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int type = Character.getType(c);
            if (type == Character.FORMAT || type == Character.CONTROL && c != '\n' && c != '\t') {
                return true;
            }
        }
        return false;
    }

    /** Normalizes one line or sentence: as {@link #normalize} and all line breaks become spaces. */
    public static String normalizeLine(String text) {
        return normalize(text).replace('\n', ' ').replaceAll(" {2,}", " ");
    }
}
