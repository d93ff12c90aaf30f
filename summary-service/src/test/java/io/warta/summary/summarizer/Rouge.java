package io.warta.summary.summarizer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ROUGE-1/2/L F1 exactly as {@code ../shared/tools/rouge.py} computes them (lower-cased
 * {@code \w+} tokens, F1 per document), so fitting and tests need no Python. Reported numbers
 * come from rouge.py itself.
 */
final class Rouge {

    private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    private Rouge() {
    }

    static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(s.toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** {ROUGE-1, ROUGE-2, ROUGE-L} F1 of one document, 0..1. */
    static double[] scores(String system, String reference) {
        List<String> s = tokens(system);
        List<String> r = tokens(reference);
        return new double[] {rougeN(s, r, 1), rougeN(s, r, 2), f1(lcs(s, r), s.size(), r.size())};
    }

    static double rouge1(List<String> s, List<String> r) {
        return rougeN(s, r, 1);
    }

    private static double rougeN(List<String> s, List<String> r, int n) {
        Map<String, Integer> sc = grams(s, n);
        Map<String, Integer> rc = grams(r, n);
        int match = 0;
        for (Map.Entry<String, Integer> e : sc.entrySet()) {
            match += Math.min(e.getValue(), rc.getOrDefault(e.getKey(), 0));
        }
        return f1(match, Math.max(0, s.size() - n + 1), Math.max(0, r.size() - n + 1));
    }

    private static Map<String, Integer> grams(List<String> t, int n) {
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i + n <= t.size(); i++) {
            m.merge(n == 1 ? t.get(i) : String.join("\u0001", t.subList(i, i + n)), 1, Integer::sum);
        }
        return m;
    }

    private static int lcs(List<String> a, List<String> b) {
        int[] prev = new int[b.size() + 1];
        for (String x : a) {
            int[] cur = new int[b.size() + 1];
            for (int j = 0; j < b.size(); j++) {
                cur[j + 1] = x.equals(b.get(j)) ? prev[j] + 1 : Math.max(prev[j + 1], cur[j]);
            }
            prev = cur;
        }
        return prev[b.size()];
    }

    private static double f1(int match, int sysN, int refN) {
        if (match == 0 || sysN == 0 || refN == 0) {
            return 0;
        }
        double p = (double) match / sysN;
        double r = (double) match / refN;
        return 2 * p * r / (p + r);
    }
}
