package io.warta.summary.summarizer;

/**
 * A light English suffix stripper (plural, possessive, -ing, -ed, -ly, -ment, -ness, -ation):
 * enough for "talks", "talked" and "talking" to meet in a similarity graph, and fast.
 */
final class EnglishStemmer {

    private EnglishStemmer() {
    }

    /** Words whose final s is not a plural. */
    private static final java.util.Set<String> KEEP_S = java.util.Set.of("news", "series", "species", "physics",
            "politics", "economics", "always", "perhaps", "whereas", "lens", "gas", "bus", "its", "this", "thus");

    static String stem(String word) {
        String w = word;
        if (KEEP_S.contains(w)) {
            return w;
        }
        if (w.endsWith("'s") || w.endsWith("’s")) {
            w = w.substring(0, w.length() - 2);
        }
        if (w.length() < 4) {
            return w;
        }
        if (w.endsWith("ies") && w.length() > 4) {
            w = w.substring(0, w.length() - 3) + "y";
        } else if (w.endsWith("sses")) {
            w = w.substring(0, w.length() - 2);
        } else if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            w = w.substring(0, w.length() - 1);
        }
        w = strip(w, "ational", "ate");
        w = strip(w, "ation", "ate");
        w = strip(w, "ments", "");
        w = strip(w, "ment", "");
        w = strip(w, "ness", "");
        w = strip(w, "ingly", "");
        w = strip(w, "edly", "");
        w = strip(w, "ing", "");
        w = strip(w, "ed", "");
        w = strip(w, "ly", "");
        if (w.length() > 3 && w.endsWith("e")) {
            w = w.substring(0, w.length() - 1); // "negotiate"/"negotiating" both end as "negotiat"
        }
        if (w.length() > 3 && w.charAt(w.length() - 1) == w.charAt(w.length() - 2)
                && "bdgmnprt".indexOf(w.charAt(w.length() - 1)) >= 0) {
            w = w.substring(0, w.length() - 1); // "stopped" → "stopp" → "stop"
        }
        return w;
    }

    private static String strip(String w, String suffix, String replacement) {
        if (w.endsWith(suffix) && w.length() - suffix.length() >= 3) {
            return w.substring(0, w.length() - suffix.length()) + replacement;
        }
        return w;
    }
}
