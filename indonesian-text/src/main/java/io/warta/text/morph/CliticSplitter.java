package io.warta.text.morph;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Splits an Indonesian enclitic or particle off its word as a token of its own (rumahnya -> rumah -nya, bukuku -> buku
 * -ku, pergilah -> pergi -lah), so that a rare inflected form shares the statistics of its root and the clitic gets
 * its own translations. The same rule runs in training and in decoding; only the two predicates differ: training
 * asks the corpus counts (keep a form seen often enough whole, split only onto a root seen often), decoding asks the
 * phrase table (keep a form the corpus gave options, split only onto a root and a clitic the table knows). Frequent
 * lexicalized forms (akhirnya "finally", masalah "problem", adalah "is") are therefore never split. Only lower-case
 * tokens and the sentence's first token are split: a capital elsewhere marks a name (Maluku), kept as written.
 */
public final class CliticSplitter {

    private static final String[] CLITICS = IndonesianMorphology.CLITICS;
    private static final int MIN_ROOT = IndonesianMorphology.MIN_ROOT;
    /** Marks a clitic token: "-nya" never clashes with a word of the text. */
    public static final String MARK = "-";

    private CliticSplitter() {
    }

    /**
     * The tokens with clitics split off where {@code keepWhole} rejects the lower-case form and {@code knownRoot}
     * accepts the lower-case root (and, for decoding, the clitic token); the root keeps its spelling. One pass.
     */
    public static List<String> split(List<String> tokens, Predicate<String> keepWhole, Predicate<String> knownRoot) {
        List<String> out = null;
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            // A word right after a double quote stays whole: ReportingVerbs reads the attribution verb there whole
            // (," tandasnya -> ," he stressed).
            boolean afterQuote = i > 0 && tokens.get(i - 1).equals("\"");
            int cut = afterQuote ? 0 : splitPoint(token, i == 0, keepWhole, knownRoot);
            if (cut > 0 && out == null) {
                out = new ArrayList<>(tokens.subList(0, i));
            }
            if (out != null) {
                if (cut > 0) {
                    out.add(token.substring(0, cut));
                    out.add(MARK + token.substring(cut).toLowerCase(Locale.ROOT));
                } else {
                    out.add(token);
                }
            }
        }
        return out == null ? tokens : out;
    }

    /** Where the clitic of this token starts, or 0 to keep it whole. */
    static int splitPoint(String token, boolean first, Predicate<String> keepWhole, Predicate<String> knownRoot) {
        if (token.length() < MIN_ROOT + 2) {
            return 0;
        }
        String lower = token.toLowerCase(Locale.ROOT);
        if (!first && !lower.equals(token)) {
            return 0;
        }
        for (int k = 0; k < lower.length(); k++) {
            if (!Character.isLetter(lower.charAt(k))) {
                return 0;
            }
        }
        for (String clitic : CLITICS) {
            int cut = lower.length() - clitic.length();
            if (cut >= MIN_ROOT && lower.endsWith(clitic)) {
                if (keepWhole.test(lower)) {
                    return 0;
                }
                return knownRoot.test(lower.substring(0, cut)) && knownRoot.test(MARK + clitic) ? cut : 0;
            }
        }
        return 0;
    }
}
