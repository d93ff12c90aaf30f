package io.warta.text;

// The regular-expression reduction this project used before the linear scanner: the oracle the scanner must agree with on text of ordinary size.

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reduces HTML to the text a reader sees, so markup pasted with an article is never translated,
 * stored or echoed back: scripts and styles are dropped, block elements become line breaks,
 * tags disappear and character references are decoded. Text without tags is returned as is,
 * so "a < b" stays what it was.
 */
final class LegacyMarkupText {

    private static final Pattern TAG = Pattern.compile("(?is)</?[a-z][a-z0-9]*(?:\\s[^<>]*)?/?>");
    private static final Pattern INVISIBLE = Pattern.compile("(?is)<(script|style|head|template|noscript)\\b.*?</\\1\\s*>|<!--.*?-->");
    private static final Pattern BLOCK_BREAK = Pattern.compile(
            "(?i)<br\\s*/?>|</?(p|div|h[1-6]|li|ul|ol|tr|table|blockquote|section|article|header|footer|figure|figcaption)\\b[^>]*>");
    private static final Pattern REFERENCE = Pattern.compile("&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,8});");
    private static final Map<String, String> NAMED = Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"",
            "apos", "'", "nbsp", " ", "ndash", "–", "mdash", "—", "hellip", "…", "rsquo", "’");

    private static final int MAX_PASSES = 3;

    private LegacyMarkupText() {
    }

    public static boolean looksLikeMarkup(String text) {
        return TAG.matcher(text).find();
    }

    /** The visible text of {@code text} if it contains HTML tags; otherwise {@code text} unchanged. */
    public static String toText(String text) {
        String reduced = text;
        // Decoding "&lt;script&gt;" yields a tag again; reduce until no tag is left (escaped twice at most in practice).
        for (int pass = 0; pass < MAX_PASSES && looksLikeMarkup(reduced); pass++) {
            String s = INVISIBLE.matcher(reduced).replaceAll(" ");
            s = BLOCK_BREAK.matcher(s).replaceAll("\n");
            s = TAG.matcher(s).replaceAll("");
            reduced = decodeReferences(s);
        }
        return looksLikeMarkup(reduced) ? TAG.matcher(reduced).replaceAll("") : reduced;
    }

    private static String decodeReferences(String s) {
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
