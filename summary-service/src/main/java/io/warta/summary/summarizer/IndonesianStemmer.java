package io.warta.summary.summarizer;

/**
 * A dictionary-free Indonesian stemmer in the spirit of Nazief–Adriani: particles (-lah, -kah,
 * -tah, -pun), possessives (-ku, -mu, -nya), derivational suffixes (-kan, -an, -i) and up to two
 * prefixes (me-, pe-, be-, te-, di-, ke-, se-, per-) with their sound changes (meny+a → sa,
 * mem+u → pu, men+u → tu, meng+a → a). Without a root dictionary it over- and under-stems now
 * and then; for similarity what matters is that related forms mostly meet (menelepon, telepon,
 * teleponnya), and that it is fast and deterministic.
 */
final class IndonesianStemmer {

    private static final int MIN_STEM = 4;

    private IndonesianStemmer() {
    }

    private static final String[] PREFIXES = {"di", "ke", "se", "me", "pe", "ber", "ter"};

    /** Stems a lower-case word; words with digits or fewer than five letters are returned as they are. */
    static String stem(String word) {
        if (word.length() < 5 || !isAlphabetic(word)) {
            return word;
        }
        String afterParticle = stripSuffix(word, "lah", "kah", "tah", "pun");
        String afterPossessive = stripSuffix(afterParticle, "nya", "ku", "mu");
        String afterDerivational = stripSuffix(afterPossessive, "kan", "an", "i");
        // Without a root dictionary a suffix cut can eat the root ("bertemu" is not "berte" + -mu):
        // take the most-stripped form whose prefix, if it has one, still comes off.
        for (String candidate : new String[] {afterDerivational, afterPossessive, afterParticle, word}) {
            String stem = stripPrefixes(candidate);
            if (!stem.equals(candidate)) {
                return stem;
            }
            if (!hasPrefix(candidate)) {
                // A suffix without any prefix is often part of the root (makan, tinggi, jalan):
                // keep only -kan, particles and possessives.
                return afterDerivational.equals(afterPossessive) || afterPossessive.endsWith("kan")
                        ? afterDerivational : afterPossessive;
            }
        }
        return word;
    }

    private static boolean hasPrefix(String w) {
        for (String p : PREFIXES) {
            if (w.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    private static String stripSuffix(String w, String... suffixes) {
        for (String s : suffixes) {
            if (w.endsWith(s) && w.length() - s.length() >= MIN_STEM) {
                return w.substring(0, w.length() - s.length());
            }
        }
        return w;
    }

    private static String stripPrefixes(String w) {
        String once = stripPrefix(w);
        if (once.equals(w)) {
            return w;
        }
        return stripPrefix(once);
    }

    private static String stripPrefix(String w) {
        int n = w.length();
        if (n < MIN_STEM + 2) {
            return w;
        }
        if (w.startsWith("di") || w.startsWith("ke") || w.startsWith("se")) {
            return cut(w, 2);
        }
        if (w.startsWith("meng") || w.startsWith("peng")) {
            return cut(w, 4); // meng+ambil, meng+gali, meng+hapus (meng+k→ng is ambiguous without a lexicon)
        }
        if (w.startsWith("meny") || w.startsWith("peny")) {
            return isVowel(w.charAt(4)) ? keep("s", w, 4) : w;
        }
        if (w.startsWith("mem") || w.startsWith("pem")) {
            char c = w.charAt(3);
            if (c == 'b' || c == 'f' || c == 'v' || c == 'p') {
                return cut(w, 3);
            }
            return isVowel(c) ? keep("p", w, 3) : w;
        }
        if (w.startsWith("men") || w.startsWith("pen")) {
            char c = w.charAt(3);
            if (c == 'c' || c == 'd' || c == 'j' || c == 't' || c == 'z' || c == 's') {
                return cut(w, 3);
            }
            return isVowel(c) ? keep("t", w, 3) : w;
        }
        if (w.startsWith("me") || w.startsWith("pe")) {
            char c = w.charAt(2);
            if (c == 'r' && w.length() > 3 && !isVowel(w.charAt(3))) {
                return cut(w, 3); // per-, mer- before a consonant
            }
            return c == 'l' || c == 'm' || c == 'n' || c == 'r' || c == 'w' || c == 'y' ? cut(w, 2) : w;
        }
        if (w.startsWith("ber") || w.startsWith("ter")) {
            return cut(w, 3);
        }
        return w;
    }

    private static String cut(String w, int prefixLength) {
        return w.length() - prefixLength >= MIN_STEM ? w.substring(prefixLength) : w;
    }

    private static String keep(String replacement, String w, int prefixLength) {
        return w.length() - prefixLength + replacement.length() >= MIN_STEM
                ? replacement + w.substring(prefixLength) : w;
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    private static boolean isAlphabetic(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (!Character.isLetter(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
