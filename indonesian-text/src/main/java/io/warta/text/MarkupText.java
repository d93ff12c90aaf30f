package io.warta.text;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reduces HTML to the text a reader sees, so markup pasted with an article is never translated,
 * stored or echoed back: scripts and styles are dropped, block elements become line breaks,
 * tags disappear and character references are decoded. Text without tags is returned as is,
 * so "a < b" stays what it was.
 *
 * <p>Every pass is a left-to-right scan in time linear in the text: an element or comment that is never closed is
 * found out once, not once per opening (regular expressions such as {@code <!--.*?-->} rescan the rest of the text
 * from every unclosed {@code <!--}).
 */
public final class MarkupText {

    private static final String[] INVISIBLE_ELEMENTS = {"script", "style", "head", "template", "noscript"};
    private static final String[] BLOCK_ELEMENTS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
        "tr", "table", "blockquote", "section", "article", "header", "footer", "figure", "figcaption"};
    private static final Pattern REFERENCE = Pattern.compile("&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,8});");
    private static final Map<String, String> NAMED = Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"",
            "apos", "'", "nbsp", " ", "ndash", "–", "mdash", "—", "hellip", "…", "rsquo", "’");

    private static final int MAX_PASSES = 3;

    private MarkupText() {
    }

    public static boolean looksLikeMarkup(String text) {
        for (int i = text.indexOf('<'); i >= 0; i = text.indexOf('<', i + 1)) {
            if (tagEnd(text, i) > 0) {
                return true;
            }
        }
        return false;
    }

    /** The visible text of {@code text} if it contains HTML tags; otherwise {@code text} unchanged. */
    public static String toText(String text) {
        String reduced = text;
        // Decoding "&lt;script&gt;" yields a tag again; reduce until no tag is left (escaped twice at most in practice).
        for (int pass = 0; pass < MAX_PASSES && looksLikeMarkup(reduced); pass++) {
            String s = dropInvisible(reduced);
            s = breakBlocks(s);
            s = dropTags(s);
            reduced = decodeReferences(s);
        }
        return looksLikeMarkup(reduced) ? dropTags(reduced) : reduced;
    }

    /** Scripts, styles, heads, templates, noscripts and comments, closed, each become one space. */
    private static String dropInvisible(String s) {
        StringBuilder out = new StringBuilder(s.length());
        // Where a search for a closer found none: every later opening of that kind is unclosed too.
        boolean commentUnclosed = false;
        boolean[] elementUnclosed = new boolean[INVISIBLE_ELEMENTS.length];
        int copied = 0;
        int i = s.indexOf('<');
        while (i >= 0) {
            int end = -1;
            if (s.startsWith("<!--", i)) {
                if (!commentUnclosed) {
                    int close = s.indexOf("-->", i + 4);
                    commentUnclosed = close < 0;
                    end = close < 0 ? -1 : close + 3;
                }
            } else {
                int e = elementAt(s, i + 1, INVISIBLE_ELEMENTS);
                if (e >= 0 && !elementUnclosed[e]) {
                    end = closingTagEnd(s, i + 1 + INVISIBLE_ELEMENTS[e].length(), INVISIBLE_ELEMENTS[e]);
                    elementUnclosed[e] = end < 0;
                }
            }
            if (end < 0) {
                i = s.indexOf('<', i + 1);
                continue;
            }
            out.append(s, copied, i).append(' ');
            copied = end;
            i = s.indexOf('<', end);
        }
        return copied == 0 ? s : out.append(s, copied, s.length()).toString();
    }

    /** {@code <br>} and the tags of block elements become a line break. */
    private static String breakBlocks(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int copied = 0;
        int nextGt = s.indexOf('>'); // the first '>' at or after the current position; -1 when none is left
        for (int i = s.indexOf('<'); i >= 0; i = s.indexOf('<', i + 1)) {
            if (nextGt >= 0 && nextGt <= i) {
                nextGt = s.indexOf('>', i);
            }
            if (nextGt < 0) {
                break; // no tag can be closed any more
            }
            int end = lineBreakEnd(s, i);
            if (end < 0) {
                int name = i + 1 < s.length() && s.charAt(i + 1) == '/' ? i + 2 : i + 1;
                int e = elementAt(s, name, BLOCK_ELEMENTS);
                end = e >= 0 ? nextGt + 1 : -1; // the element's attributes run to the first '>'
            }
            if (end > 0) {
                out.append(s, copied, i).append('\n');
                copied = end;
                i = end - 1;
            }
        }
        return copied == 0 ? s : out.append(s, copied, s.length()).toString();
    }

    /** End of {@code <br>}, {@code <br/>}, {@code <br />} (any case) at {@code i}, or -1. */
    private static int lineBreakEnd(String s, int i) {
        if (!s.regionMatches(true, i, "<br", 0, 3) || !asciiEquals(s, i + 1, "br")) {
            return -1;
        }
        int k = skipAsciiSpace(s, i + 3);
        if (k < s.length() && s.charAt(k) == '/') {
            k++;
        }
        return k < s.length() && s.charAt(k) == '>' ? k + 1 : -1;
    }

    /** Every tag is removed. */
    private static String dropTags(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int copied = 0;
        for (int i = s.indexOf('<'); i >= 0; i = s.indexOf('<', i + 1)) {
            int end = tagEnd(s, i);
            if (end > 0) {
                out.append(s, copied, i);
                copied = end;
                i = end - 1;
            }
        }
        return copied == 0 ? s : out.append(s, copied, s.length()).toString();
    }

    /**
     * The end of a tag at {@code i} ({@code <name>}, {@code </name>}, {@code <name attributes>}, {@code <name/>};
     * a name is an ASCII letter then ASCII letters and digits; attributes contain neither '<' nor '>'), or -1.
     * Scans no further than the next '<' or '>'.
     */
    private static int tagEnd(String s, int i) {
        int n = s.length();
        int k = i + 1;
        if (k < n && s.charAt(k) == '/') {
            k++;
        }
        if (k >= n || !isAsciiLetter(s.charAt(k))) {
            return -1;
        }
        k++;
        while (k < n && (isAsciiLetter(s.charAt(k)) || isAsciiDigit(s.charAt(k)))) {
            k++;
        }
        if (k < n && isAsciiSpace(s.charAt(k))) {
            while (k < n && s.charAt(k) != '<' && s.charAt(k) != '>') {
                k++;
            }
            return k < n && s.charAt(k) == '>' ? k + 1 : -1;
        }
        if (k < n && s.charAt(k) == '/') {
            k++;
        }
        return k < n && s.charAt(k) == '>' ? k + 1 : -1;
    }

    /** Which of {@code names} (any case) starts at {@code i} and ends at a word boundary, or -1. */
    private static int elementAt(String s, int i, String[] names) {
        for (int e = 0; e < names.length; e++) {
            String name = names[e];
            if (s.regionMatches(true, i, name, 0, name.length()) && asciiEquals(s, i, name)
                    && !continuesWord(s, i + name.length())) {
                return e;
            }
        }
        return -1;
    }

    /** End of the first {@code </name>} (any case, white space before '>') from {@code from}, or -1. */
    private static int closingTagEnd(String s, int from, String name) {
        for (int k = s.indexOf("</", from); k >= 0; k = s.indexOf("</", k + 2)) {
            if (s.regionMatches(true, k + 2, name, 0, name.length()) && asciiEquals(s, k + 2, name)) {
                int j = skipAsciiSpace(s, k + 2 + name.length());
                if (j < s.length() && s.charAt(j) == '>') {
                    return j + 1;
                }
            }
        }
        return -1;
    }

    /** {@code regionMatches(ignoreCase)} folds non-ASCII letters too (the Kelvin sign is a 'k'); tag names are ASCII. */
    private static boolean asciiEquals(String s, int i, String lowerName) {
        for (int k = 0; k < lowerName.length(); k++) {
            char c = s.charAt(i + k);
            if (c >= 128 || Character.toLowerCase(c) != lowerName.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** True when the character at {@code i} is a word character: a name followed by it is a longer name. */
    private static boolean continuesWord(String s, int i) {
        if (i >= s.length()) {
            return false;
        }
        int cp = s.codePointAt(i);
        return cp == '_' || Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK;
    }

    private static int skipAsciiSpace(String s, int i) {
        int k = i;
        while (k < s.length() && isAsciiSpace(s.charAt(k))) {
            k++;
        }
        return k;
    }

    private static boolean isAsciiSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static String decodeReferences(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        Matcher m = REFERENCE.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String ref = m.group(1);
            String replacement;
            if (ref.startsWith("#x") || ref.startsWith("#X")) {
                replacement = codePoint(Integer.parseInt(ref.substring(2), 16), m.group());
            } else if (ref.startsWith("#")) {
                replacement = codePoint(Integer.parseInt(ref.substring(1)), m.group());
            } else {
                replacement = NAMED.getOrDefault(ref.toLowerCase(), m.group());
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String codePoint(int cp, String original) {
        return Character.isValidCodePoint(cp) && !Character.isISOControl(cp) ? new String(Character.toChars(cp)) : original;
    }
}
