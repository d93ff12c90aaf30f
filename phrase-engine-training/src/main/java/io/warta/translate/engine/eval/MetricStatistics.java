package io.warta.translate.engine.eval;

import java.util.List;
import java.util.Map;

/**
 * Per-sentence sufficient statistics of corpus chrF (n=6, beta=2) and BLEU-4 as {@link MtMetrics} computes them:
 * summed over a set's sentences, {@link #chrf} and {@link #bleu} of the sums equal MtMetrics on the whole set. MERT
 * needs them to score a set after changing one sentence's translation without re-reading the others.
 * Layout of a statistics vector: per chrF order k (0-5) matches, hypothesis and reference n-grams at 3k..3k+2; BLEU
 * matches per order at 18..21, hypothesis n-grams at 22..25, hypothesis and reference length at 26 and 27.
 */
public final class MetricStatistics {

    public static final int CHRF_ORDER = 6;
    public static final int BLEU_ORDER = 4;
    private static final int BLEU_MATCH = 3 * CHRF_ORDER;
    private static final int BLEU_TOTAL = BLEU_MATCH + BLEU_ORDER;
    private static final int HYP_LENGTH = BLEU_TOTAL + BLEU_ORDER;
    private static final int REF_LENGTH = HYP_LENGTH + 1;
    /** Length of a statistics vector. */
    public static final int SIZE = REF_LENGTH + 1;

    /** A reference's n-gram counts, read once for all the hypotheses of its sentence. */
    public static final class Reference {
        final int characters;
        final Map<String, Integer>[] characterGrams;
        final int tokens;
        final Map<List<String>, Integer>[] wordGrams;

        @SuppressWarnings("unchecked")
        public Reference(String reference) {
            String r = MtMetrics.removeSpaces(reference);
            characters = r.codePointCount(0, r.length());
            characterGrams = new Map[CHRF_ORDER];
            for (int k = 1; k <= CHRF_ORDER; k++) {
                characterGrams[k - 1] = MtMetrics.charNgrams(r, k);
            }
            List<String> t = MtMetrics.bleuTokens(reference);
            tokens = t.size();
            wordGrams = new Map[BLEU_ORDER];
            for (int k = 1; k <= BLEU_ORDER; k++) {
                wordGrams[k - 1] = MtMetrics.ngrams(t, k);
            }
        }
    }

    private MetricStatistics() {
    }

    /** The statistics of one hypothesis against its reference. */
    public static int[] of(String hypothesis, Reference ref) {
        int[] s = new int[SIZE];
        String h = MtMetrics.removeSpaces(hypothesis);
        int hLength = h.codePointCount(0, h.length());
        for (int k = 1; k <= CHRF_ORDER; k++) {
            Map<String, Integer> rc = ref.characterGrams[k - 1];
            int match = 0;
            for (Map.Entry<String, Integer> e : MtMetrics.charNgrams(h, k).entrySet()) {
                Integer c = rc.get(e.getKey());
                if (c != null) {
                    match += Math.min(c, e.getValue());
                }
            }
            s[3 * (k - 1)] = match;
            s[3 * (k - 1) + 1] = Math.max(0, hLength - k + 1);
            s[3 * (k - 1) + 2] = Math.max(0, ref.characters - k + 1);
        }
        List<String> ht = MtMetrics.bleuTokens(hypothesis);
        for (int k = 1; k <= BLEU_ORDER; k++) {
            Map<List<String>, Integer> rc = ref.wordGrams[k - 1];
            for (Map.Entry<List<String>, Integer> e : MtMetrics.ngrams(ht, k).entrySet()) {
                Integer c = rc.get(e.getKey());
                if (c != null) {
                    s[BLEU_MATCH + k - 1] += Math.min(c, e.getValue());
                }
                s[BLEU_TOTAL + k - 1] += e.getValue();
            }
        }
        s[HYP_LENGTH] = ht.size();
        s[REF_LENGTH] = ref.tokens;
        return s;
    }

    /** Corpus chrF of summed statistics, as {@link MtMetrics#chrf}. */
    public static double chrf(long[] t) {
        double p = 0;
        double rr = 0;
        for (int k = 0; k < CHRF_ORDER; k++) {
            p += t[3 * k + 1] > 0 ? (double) t[3 * k] / t[3 * k + 1] : 0;
            rr += t[3 * k + 2] > 0 ? (double) t[3 * k] / t[3 * k + 2] : 0;
        }
        p /= CHRF_ORDER;
        rr /= CHRF_ORDER;
        if (p + rr == 0) {
            return 0;
        }
        double b2 = 4.0;
        return 100 * (1 + b2) * p * rr / (b2 * p + rr);
    }

    /** Corpus BLEU of summed statistics, as {@link MtMetrics#bleu}. */
    public static double bleu(long[] t) {
        double lp = 0;
        for (int k = 0; k < BLEU_ORDER; k++) {
            if (t[BLEU_MATCH + k] == 0) {
                return 0;
            }
            lp += Math.log((double) t[BLEU_MATCH + k] / t[BLEU_TOTAL + k]);
        }
        lp /= BLEU_ORDER;
        long hl = t[HYP_LENGTH];
        long rl = t[REF_LENGTH];
        double bp = hl > rl ? 1.0 : Math.exp(1 - (double) rl / Math.max(hl, 1));
        return 100 * bp * Math.exp(lp);
    }
}
