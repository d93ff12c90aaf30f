package io.warta.translate.engine.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Corpus chrF (n=6, beta=2) and BLEU-4, computed exactly as {@code ../shared/tools/mt_score.py} does,
 * so tuning and the regression test see the numbers the project reports.
 */
public final class MtMetrics {

    private static final Pattern P1 = Pattern.compile("([\\{-\\~\\[-\\` -\\&\\(-\\+\\:-\\@\\/])");
    private static final Pattern P2 = Pattern.compile("([^0-9])([\\.,])");
    private static final Pattern P3 = Pattern.compile("([\\.,])([^0-9])");
    private static final Pattern P4 = Pattern.compile("([0-9])(-)");
    private static final Pattern UNICODE_SPACES = Pattern.compile("[\\s\\p{IsWhite_Space}\\x1c-\\x1f]+");

    private MtMetrics() {
    }

    /** Corpus chrF (n=6, beta=2) as {@code mt_score.py}: from the sentences' summed {@link MetricStatistics}. */
    public static double chrf(List<String> hyps, List<String> refs) {
        return MetricStatistics.chrf(summed(hyps, refs));
    }

    /** The sentences' {@link MetricStatistics} summed over the set. */
    private static long[] summed(List<String> hyps, List<String> refs) {
        long[] total = new long[MetricStatistics.SIZE];
        for (int i = 0; i < hyps.size(); i++) {
            int[] s = MetricStatistics.of(hyps.get(i), new MetricStatistics.Reference(refs.get(i)));
            for (int k = 0; k < total.length; k++) {
                total[k] += s[k];
            }
        }
        return total;
    }

    static String removeSpaces(String s) {
        return s.replace(" ", "");
    }

    /** Python counts code points; so do we. */
    static Map<String, Integer> charNgrams(String s, int k) {
        int[] cps = s.codePoints().toArray();
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i + k <= cps.length; i++) {
            m.merge(new String(cps, i, k), 1, Integer::sum);
        }
        return m;
    }

    public static List<String> bleuTokens(String s) {
        s = P1.matcher(s).replaceAll(" $1 ");
        s = P2.matcher(s).replaceAll("$1 $2 ");
        s = P3.matcher(s).replaceAll(" $1 $2");
        s = P4.matcher(s).replaceAll("$1 $2 ");
        List<String> out = new ArrayList<>();
        // Python's str.split() also splits on Unicode spaces (a no-break space in general-dev's references).
        for (String t : UNICODE_SPACES.split(s)) {
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    /** Corpus BLEU-4 with brevity penalty as {@code mt_score.py}: from the sentences' summed {@link MetricStatistics}. */
    public static double bleu(List<String> hyps, List<String> refs) {
        return MetricStatistics.bleu(summed(hyps, refs));
    }

    static Map<List<String>, Integer> ngrams(List<String> t, int k) {
        Map<List<String>, Integer> m = new HashMap<>();
        for (int i = 0; i + k <= t.size(); i++) {
            m.merge(t.subList(i, i + k), 1, Integer::sum);
        }
        return m;
    }
}
