package io.warta.translate.engine.training;

/** grow-diag-final-and symmetrization of two directional alignments (Koehn et al. 2003). */
public final class Symmetrizer {

    private Symmetrizer() {
    }

    /**
     * @param srcToTgt for each source position, the aligned target position or -1
     * @param tgtToSrc for each target position, the aligned source position or -1
     * @return links[s][t]
     */
    public static boolean[][] growDiagFinalAnd(int[] srcToTgt, int[] tgtToSrc) {
        int m = srcToTgt.length;
        int n = tgtToSrc.length;
        boolean[][] a = new boolean[m][n];
        boolean[][] union = new boolean[m][n];
        for (int s = 0; s < m; s++) {
            if (srcToTgt[s] >= 0) {
                union[s][srcToTgt[s]] = true;
            }
        }
        for (int t = 0; t < n; t++) {
            if (tgtToSrc[t] >= 0) {
                union[tgtToSrc[t]][t] = true;
                if (srcToTgt[tgtToSrc[t]] == t) {
                    a[tgtToSrc[t]][t] = true;
                }
            }
        }
        boolean[] srcAligned = new boolean[m];
        boolean[] tgtAligned = new boolean[n];
        for (int s = 0; s < m; s++) {
            for (int t = 0; t < n; t++) {
                if (a[s][t]) {
                    srcAligned[s] = true;
                    tgtAligned[t] = true;
                }
            }
        }
        int[][] neighbours = {{-1, 0}, {0, -1}, {1, 0}, {0, 1}, {-1, -1}, {-1, 1}, {1, -1}, {1, 1}};
        boolean added = true;
        while (added) {
            added = false;
            for (int s = 0; s < m; s++) {
                for (int t = 0; t < n; t++) {
                    if (!a[s][t]) {
                        continue;
                    }
                    for (int[] d : neighbours) {
                        int ns = s + d[0];
                        int nt = t + d[1];
                        if (ns < 0 || nt < 0 || ns >= m || nt >= n || a[ns][nt] || !union[ns][nt]) {
                            continue;
                        }
                        if (!srcAligned[ns] || !tgtAligned[nt]) {
                            a[ns][nt] = true;
                            srcAligned[ns] = true;
                            tgtAligned[nt] = true;
                            added = true;
                        }
                    }
                }
            }
        }
        // final-and: add remaining union links joining two unaligned words.
        for (int s = 0; s < m; s++) {
            for (int t = 0; t < n; t++) {
                if (union[s][t] && !a[s][t] && !srcAligned[s] && !tgtAligned[t]) {
                    a[s][t] = true;
                    srcAligned[s] = true;
                    tgtAligned[t] = true;
                }
            }
        }
        return a;
    }
}
