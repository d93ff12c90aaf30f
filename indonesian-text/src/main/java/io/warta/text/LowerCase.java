package io.warta.text;

import java.util.Locale;

/**
 * Lower case in time linear in the text. {@link String#toLowerCase(Locale)} reallocates its result for every letter
 * whose lower case is longer than itself (U+0130 'İ' becomes "i̇"), so on a run of them it is quadratic; a long
 * text is lowered in pieces short enough for that not to matter.
 */
public final class LowerCase {

    /** Longest piece lowered in one go. */
    static final int PIECE = 256;

    private LowerCase() {
    }

    /** {@code text.toLowerCase(Locale.ROOT)}, piece by piece when long (context rules such as the final sigma apply per piece). */
    public static String of(String text) {
        int n = text.length();
        if (n <= PIECE) {
            return text.toLowerCase(Locale.ROOT);
        }
        StringBuilder out = new StringBuilder(n + 16);
        for (int start = 0; start < n; ) {
            int end = Math.min(n, start + PIECE);
            if (end < n && Character.isHighSurrogate(text.charAt(end - 1))) {
                end--;
            }
            out.append(text.substring(start, end).toLowerCase(Locale.ROOT));
            start = end;
        }
        return out.toString();
    }
}
