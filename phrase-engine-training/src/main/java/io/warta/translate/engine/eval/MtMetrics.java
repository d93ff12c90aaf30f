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

    public static double chrf(List<String> hyps, List<String> refs) {
        final int n = 6;
        long[][] tot = new long[n][3];
        for (int i = 0; i < hyps.size(); i++) {
            String h = removeSpaces(hyps.get(i));
            String r = removeSpaces(refs.get(i));
            // Python counts code points: a character outside the BMP (an emoji) is one, not two UTF-16 units.
            int hLength = h.codePointCount(0, h.length());
            int rLength = r.codePointCount(0, r.length());
            for (int k = 1; k <= n; k++) {
                Map<String, Integer> hc = charNgrams(h, k);
                Map<String, Integer> rc = charNgrams(r, k);
                long match = 0;
                for (Map.Entry<String, Integer> e : hc.entrySet()) {
                    Integer c = rc.get(e.getKey());
                    if (c != null) {
                        match += Math.min(c, e.getValue());
                    }
                }
                tot[k - 1][0] += match;
                tot[k - 1][1] += Math.max(0, hLength - k + 1);
                tot[k - 1][2] += Math.max(0, rLength - k + 1);
            }
        }
        double p = 0;
        double rr = 0;
        for (long[] t : tot) {
            p += t[1] > 0 ? (double) t[0] / t[1] : 0;
            rr += t[2] > 0 ? (double) t[0] / t[2] : 0;
        }
        p /= n;
        rr /= n;
        if (p + rr == 0) {
            return 0;
        }
        double b2 = 4.0;
        return 100 * (1 + b2) * p * rr / (b2 * p + rr);
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

    public static double bleu(List<String> hyps, List<String> refs) {
        final int n = 4;
        long[] match = new long[n];
        long[] total = new long[n];
        long hl = 0;
        long rl = 0;
        for (int i = 0; i < hyps.size(); i++) {
            List<String> ht = bleuTokens(hyps.get(i));
            List<String> rt = bleuTokens(refs.get(i));
            hl += ht.size();
            rl += rt.size();
            for (int k = 1; k <= n; k++) {
                Map<List<String>, Integer> hc = ngrams(ht, k);
                Map<List<String>, Integer> rc = ngrams(rt, k);
                for (Map.Entry<List<String>, Integer> e : hc.entrySet()) {
                    Integer c = rc.get(e.getKey());
                    if (c != null) {
                        match[k - 1] += Math.min(c, e.getValue());
                    }
                    total[k - 1] += e.getValue();
                }
            }
        }
        double lp = 0;
        for (int k = 0; k < n; k++) {
            if (match[k] == 0) {
                return 0;
            }
            lp += Math.log((double) match[k] / total[k]);
        }
        lp /= n;
        double bp = hl > rl ? 1.0 : Math.exp(1 - (double) rl / Math.max(hl, 1));
        return 100 * bp * Math.exp(lp);
    }

    static Map<List<String>, Integer> ngrams(List<String> t, int k) {
        Map<List<String>, Integer> m = new HashMap<>();
        for (int i = 0; i + k <= t.size(); i++) {
            m.merge(t.subList(i, i + k), 1, Integer::sum);
        }
        return m;
    }
}
