package io.warta.text.morph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Rule-based Indonesian affix stripping (after Nazief and Adriani): clitics, the derivational
 * suffixes -kan/-an/-i, one or two prefixes with nasal assimilation (menulis = meN + tulis,
 * memukul = meN + pukul, mengirim = meN + kirim, menyapu = meN + sapu), and full reduplication.
 * {@link #analyze} proposes every reading, for a caller with a dictionary (the phrase engine keeps the readings
 * whose root its phrase table knows); {@link #stem} chooses one reading without a dictionary, for a caller that
 * only needs related forms to meet (the summarizer's similarity). The one place both services learn Indonesian
 * affixes from.
 */
public final class IndonesianMorphology {

    /** The enclitics and particles, longest first where one ends another (CliticSplitter splits the same ones off). */
    static final String[] CLITICS = {"nya", "lah", "kah", "pun", "ku", "mu"};
    private static final String[] SUFFIXES = {"kan", "an", "i"};
    /** Shorter roots are mostly words that merely end in an affix's letters (tanya, buku, ilmu). */
    static final int MIN_ROOT = 3;
    /**
     * Longer words have no readings and are their own stem: no Indonesian word comes near (the longest in use,
     * ketidakbertanggungjawabannya, has 28 letters), and a user's 100,000-letter "word" costs no more than a short one.
     */
    static final int MAX_WORD = 64;
    /** Shorter words are their own stem: most are roots (buku, ilmu, kamu), and a cut would leave too little. */
    private static final int MIN_STEM_WORD = 5;
    /**
     * The least a stem keeps. Without a dictionary, a cut that leaves fewer letters has more often eaten into the
     * root (bertemu is ber + temu, not berte + mu) than found it.
     */
    private static final int MIN_STEM = 4;

    private IndonesianMorphology() {
    }

    /** All readings of a lower-case word, most plausible (least stripped) first; never the word itself unchanged. */
    public static List<Analysis> analyze(String word) {
        if (word.length() > MAX_WORD) {
            return List.of();
        }
        Map<String, Analysis> out = new LinkedHashMap<>();
        int dash = word.indexOf('-');
        if (dash > 0 && dash < word.length() - 1) {
            String left = word.substring(0, dash);
            String right = word.substring(dash + 1);
            if (left.equals(right)) {
                out.putIfAbsent(left, new Analysis(left, "", "", "", true));
                for (Analysis a : analyze(left)) {
                    out.putIfAbsent(a.root(), new Analysis(a.root(), a.prefix(), a.suffix(), a.clitic(), true));
                }
                return new ArrayList<>(out.values());
            }
            // Affixed reduplication: bermain-main, sayur-mayur, kemerah-merahan -> analyse the right half's stem.
            if (right.endsWith("an") && left.length() >= 2 && right.startsWith(left.substring(Math.max(0, left.length() - right.length() + 2)))) {
                String r = right.substring(0, right.length() - 2);
                out.putIfAbsent(r, new Analysis(r, "", "an", "", true));
            }
            if (left.endsWith(right) && right.length() >= MIN_ROOT) {
                out.putIfAbsent(right, new Analysis(right, left.substring(0, left.length() - right.length()), "", "", true));
            }
            for (Analysis a : analyze(left)) {
                if (a.root().equals(right) || right.startsWith(a.root())) {
                    out.putIfAbsent(a.root(), new Analysis(a.root(), a.prefix(), a.suffix(), a.clitic(), true));
                }
            }
            return new ArrayList<>(out.values());
        }
        List<String[]> cliticSplits = new ArrayList<>();
        cliticSplits.add(new String[] {word, ""});
        for (String c : CLITICS) {
            if (word.endsWith(c) && word.length() - c.length() >= MIN_ROOT) {
                cliticSplits.add(new String[] {word.substring(0, word.length() - c.length()), c});
            }
        }
        for (String[] cs : cliticSplits) {
            String w = cs[0];
            List<String[]> suffixSplits = new ArrayList<>();
            suffixSplits.add(new String[] {w, ""});
            for (String s : SUFFIXES) {
                if (w.endsWith(s) && w.length() - s.length() >= MIN_ROOT) {
                    suffixSplits.add(new String[] {w.substring(0, w.length() - s.length()), s});
                }
            }
            for (String[] ss : suffixSplits) {
                String body = ss[0];
                if (!cs[1].isEmpty() || !ss[1].isEmpty()) {
                    add(out, body, "", ss[1], cs[1]);
                }
                for (String[] p : stripPrefix(body)) {
                    add(out, p[0], p[1], ss[1], cs[1]);
                    for (String[] p2 : stripPrefix(p[0])) {
                        if (secondPrefixAllowed(p2[1])) {
                            add(out, p2[0], p[1] + "+" + p2[1], ss[1], cs[1]);
                        }
                    }
                }
            }
        }
        out.remove(word);
        List<Analysis> list = new ArrayList<>(out.values());
        // Least stripped first: a longer root is the safer reading.
        list.sort((a, b) -> Integer.compare(b.root().length(), a.root().length()));
        return list;
    }

    /** The first reading whose root the predicate knows, or null. */
    public static Analysis firstKnown(String word, Predicate<String> known) {
        for (Analysis a : analyze(word)) {
            if (known.test(a.root())) {
                return a;
            }
        }
        return null;
    }

    /**
     * The root of a lower-case word for comparing words without a dictionary (menelepon, teleponnya -> telepon;
     * pertemuan, bertemu -> temu; negara-negara -> negara): always one of {@link #analyze}'s roots or the word itself.
     * It takes the most stripped reading whose prefix still comes off, with the regular sound change of meN-/peN-
     * (men + vowel hides t, mem + vowel hides p, meny hides s, meng + vowel hides nothing); a suffix with no prefix before it stays on, except
     * -kan and the clitics (makan, jalan and tinggi are roots). Words of digits, other hyphenations, and words
     * shorter than five letters stay as they are. Deterministic; over- and under-stems now and then, consistently.
     */
    public static String stem(String word) {
        if (word.length() < MIN_STEM_WORD || word.length() > MAX_WORD) {
            return word;
        }
        int dash = word.indexOf('-');
        if (dash > 0 && word.length() == 2 * dash + 1 && word.startsWith(word.substring(0, dash), dash + 1)) {
            return stem(word.substring(0, dash)); // full reduplication; the half has no hyphen, so one level
        }
        if (!lettersOnly(word)) {
            return word;
        }
        String afterClitic = stripEnding(word, CLITICS);
        String afterSuffix = stripEnding(afterClitic, SUFFIXES);
        for (String candidate : new String[] {afterSuffix, afterClitic, word}) {
            String root = unprefixed(candidate);
            if (root != null) {
                return root;
            }
            if (!spellsAPrefix(candidate)) {
                return afterSuffix.equals(afterClitic) || afterClitic.endsWith("kan") ? afterSuffix : afterClitic;
            }
        }
        return word;
    }

    /** The root after one or two regular prefixes, or null if none comes off leaving a stem. */
    private static String unprefixed(String w) {
        String once = regularReading(w, false);
        if (once == null) {
            return null;
        }
        String twice = regularReading(once, true);
        return twice == null ? once : twice;
    }

    /**
     * The one reading of {@link #stripPrefix} a stem takes: the first that leaves a stem, whose prefix is spelled out
     * (be-/te- before a root whose r they swallowed need a dictionary) and, after me-/pe-, follows the regular sound
     * change ({@link #regularNasal}).
     */
    private static String regularReading(String w, boolean second) {
        for (String[] r : stripPrefix(w)) {
            if (r[0].length() >= MIN_STEM && hasVowel(r[0]) && spelledOut(w, r[1]) && regularNasal(w, r[0], r[1])
                    && (!second || secondPrefixAllowed(r[1]))) {
                return r[0];
            }
        }
        return null;
    }

    /**
     * Whether a reading of me-/pe- is the one the regular sound change gives, so that a dictionary is not needed:
     * meng + vowel, g or h keeps the root's start (mengambil: ambil; the hidden k of mengirim needs a dictionary),
     * meny hides s, mem + vowel hides p and mem stays before b, f, v, p; men + vowel hides t and men stays before
     * c, d, j, s, t, z; menge- only before a one-syllable root (mengebom); plain me-/pe- only before l, r, w or y and
     * a vowel (melihat, merasa); per- before a consonant (pertemuan), pe- before an r and a vowel (perasaan: rasa). Other prefixes are always taken as spelled.
     */
    private static boolean regularNasal(String w, String root, String tag) {
        if (tag.equals("per")) {
            return !isVowel(w.charAt(3));
        }
        if (!tag.equals("me") && !tag.equals("pe")) {
            return true; // di-, ke-, se-, ber-, ter-, and memper-/pemper- with the per spelled out
        }
        String r = w.substring(2);
        if (r.startsWith("nge") && root.equals(r.substring(3)) && oneSyllable(root)) {
            return true; // mengebom, mengecek: a one-syllable root
        }
        if (r.startsWith("ng")) {
            return root.equals(r.substring(2));
        }
        if (r.startsWith("ny")) {
            return root.equals("s" + r.substring(2));
        }
        if (r.startsWith("m") || r.startsWith("n")) {
            String rest = r.substring(1);
            boolean m = r.charAt(0) == 'm';
            if (startsWithVowel(rest)) {
                return root.equals((m ? "p" : "t") + rest);
            }
            return (m ? "bfvp" : "cdjstz").indexOf(rest.charAt(0)) >= 0 && root.equals(rest);
        }
        return "lrwy".indexOf(r.charAt(0)) >= 0 && isVowel(r.charAt(1)) && root.equals(r);
    }

    /** A consonant, a vowel, then no other vowel: bom, cek, las. */
    private static boolean oneSyllable(String root) {
        if (root.length() < 2 || isVowel(root.charAt(0)) || !isVowel(root.charAt(1))) {
            return false;
        }
        for (int i = 2; i < root.length(); i++) {
            if (isVowel(root.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** A second prefix inside a first is never me- or di- (dipercaya = di + per + caya, not di + di...). */
    private static boolean secondPrefixAllowed(String tag) {
        return !tag.startsWith("me") && !tag.startsWith("di");
    }

    private static boolean spelledOut(String w, String tag) {
        return !(tag.equals("ber") || tag.equals("ter")) || w.startsWith(tag);
    }

    private static boolean spellsAPrefix(String w) {
        for (String p : new String[] {"di", "ke", "se", "me", "pe", "ber", "ter"}) {
            if (w.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    private static String stripEnding(String w, String[] endings) {
        for (String e : endings) {
            if (w.endsWith(e) && w.length() - e.length() >= MIN_STEM) {
                return w.substring(0, w.length() - e.length());
            }
        }
        return w;
    }

    private static boolean lettersOnly(String w) {
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }

    private static void add(Map<String, Analysis> out, String root, String prefix, String suffix, String clitic) {
        if (root.length() >= MIN_ROOT && hasVowel(root)) {
            out.putIfAbsent(root, new Analysis(root, prefix, suffix, clitic, false));
        }
    }

    private static boolean hasVowel(String s) {
        for (int i = 0; i < s.length(); i++) {
            if ("aiueo".indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Every (root, prefix) from removing one prefix, including the roots nasal assimilation hid. */
    static List<String[]> stripPrefix(String w) {
        List<String[]> out = new ArrayList<>();
        if (w.length() < MIN_ROOT + 2) {
            return out;
        }
        // meN- and peN- with nasal assimilation.
        for (String base : new String[] {"me", "pe"}) {
            if (!w.startsWith(base)) {
                continue;
            }
            String r = w.substring(2);
            String tag = base;
            if (r.startsWith("nge") && r.length() > 5) {
                out.add(new String[] {r.substring(3), tag});
            }
            if (r.startsWith("ng")) {
                String rest = r.substring(2);
                out.add(new String[] {rest, tag});
                if (startsWithVowel(rest)) {
                    out.add(new String[] {"k" + rest, tag});
                }
            } else if (r.startsWith("ny")) {
                out.add(new String[] {"s" + r.substring(2), tag});
                out.add(new String[] {r, tag});
            } else if (r.startsWith("m")) {
                String rest = r.substring(1);
                out.add(new String[] {rest, tag});
                out.add(new String[] {r, tag});
                if (startsWithVowel(rest)) {
                    out.add(new String[] {"p" + rest, tag});
                }
                if (rest.startsWith("per")) {
                    out.add(new String[] {rest.substring(3), tag + "+per"});
                }
            } else if (r.startsWith("n")) {
                String rest = r.substring(1);
                out.add(new String[] {rest, tag});
                // Roots that begin with n keep it (menegosiasikan = meN + negosiasi + kan, menikmati = meN + nikmat + i).
                out.add(new String[] {r, tag});
                if (startsWithVowel(rest)) {
                    out.add(new String[] {"t" + rest, tag});
                }
            } else if (r.startsWith("r") && base.equals("pe")) {
                out.add(new String[] {r.substring(1), "per"});
                out.add(new String[] {r, tag});
            } else {
                out.add(new String[] {r, tag});
            }
        }
        for (String p : new String[] {"di", "ter", "ber", "ke", "se"}) {
            if (w.startsWith(p)) {
                out.add(new String[] {w.substring(p.length()), p});
            }
        }
        if (w.startsWith("be") && !w.startsWith("ber")) {
            out.add(new String[] {w.substring(2), "ber"});
        }
        if (w.startsWith("te") && !w.startsWith("ter")) {
            out.add(new String[] {w.substring(2), "ter"});
        }
        return out;
    }

    private static boolean startsWithVowel(String s) {
        return !s.isEmpty() && isVowel(s.charAt(0));
    }

    private static boolean isVowel(char c) {
        return "aiueo".indexOf(c) >= 0;
    }
}
