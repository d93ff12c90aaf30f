package io.warta.translate.engine.training;


/** Phrase pairs consistent with a word alignment (Och and Ney 2004), with unaligned target words at the edges. */
public final class PhraseExtractor {

    /** Receives (srcStart, srcEnd exclusive, tgtStart, tgtEnd exclusive). */
    public interface Sink {
        void accept(int s1, int s2, int t1, int t2);
    }

    private PhraseExtractor() {
    }

    public static void extract(boolean[][] links, int m, int n, int maxSource, int maxTarget, Sink sink) {
        int[] tgtCount = new int[n];
        for (int s = 0; s < m; s++) {
            for (int t = 0; t < n; t++) {
                if (links[s][t]) {
                    tgtCount[t]++;
                }
            }
        }
        for (int s1 = 0; s1 < m; s1++) {
            int tMin = Integer.MAX_VALUE;
            int tMax = -1;
            for (int s2 = s1; s2 < Math.min(m, s1 + maxSource); s2++) {
                for (int t = 0; t < n; t++) {
                    if (links[s2][t]) {
                        tMin = Math.min(tMin, t);
                        tMax = Math.max(tMax, t);
                    }
                }
                if (tMax < 0 || tMax - tMin + 1 > maxTarget) {
                    continue;
                }
                // Consistency: no target word in [tMin, tMax] links outside [s1, s2].
                boolean ok = true;
                for (int t = tMin; t <= tMax && ok; t++) {
                    for (int s = 0; s < m && ok; s++) {
                        if (links[s][t] && (s < s1 || s > s2)) {
                            ok = false;
                        }
                    }
                }
                if (!ok) {
                    continue;
                }
                for (int ts = tMin; ts >= 0 && (ts == tMin || tgtCount[ts] == 0); ts--) {
                    for (int te = tMax; te < n && (te == tMax || tgtCount[te] == 0); te++) {
                        if (te - ts + 1 > maxTarget) {
                            break;
                        }
                        sink.accept(s1, s2 + 1, ts, te + 1);
                    }
                }
            }
        }
    }

}
