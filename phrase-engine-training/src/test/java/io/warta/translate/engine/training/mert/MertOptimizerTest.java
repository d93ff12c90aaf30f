package io.warta.translate.engine.training.mert;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MertOptimizerTest {

    private static double objective(long[][] t) {
        return (double) t[0][0] / t[0][1];
    }

    /**
     * Each sentence's good entry (statistic 1 of 1) wins only where weight 1 is more than twice weight 0 and weight 2
     * is negative: the optimizer, started where every bad entry wins, finds such weights; a fixed weight stays.
     */
    @Test
    void findsWeightsUnderWhichEveryGoodEntryWins() {
        List<double[][]> features = new ArrayList<>();
        List<int[][]> stats = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            features.add(new double[][] {{2 + i, 1, 1}, {0, 1, 0}, {0, 0, 0}});
            stats.add(new int[][] {{0, 1}, {1, 1}, {0, 1}});
        }
        LineSearch search = new LineSearch(features, stats, new int[10], 1, MertOptimizerTest::objective);
        double[] start = {1, 0.1, 1, 5};
        // (a fourth weight without a feature checks that a fixed one stays put)
        List<double[][]> padded = new ArrayList<>();
        for (double[][] f : features) {
            double[][] p = new double[f.length][4];
            for (int j = 0; j < f.length; j++) {
                System.arraycopy(f[j], 0, p[j], 0, 3);
            }
            padded.add(p);
        }
        search = new LineSearch(padded, stats, new int[10], 1, MertOptimizerTest::objective);
        assertThat(search.objective(start)).isEqualTo(0);
        MertOptimizer.Result r = new MertOptimizer(search, new boolean[] {true, true, true, false}, 2, 3, 1)
                .optimize(start, new double[] {1, 1, 1, 1});
        assertThat(r.objective()).isEqualTo(1);
        assertThat(search.objective(r.weights())).isEqualTo(1);
        assertThat(r.weights()[3]).isEqualTo(5);
        MertOptimizer.Result again = new MertOptimizer(search, new boolean[] {true, true, true, false}, 2, 3, 1)
                .optimize(start, new double[] {1, 1, 1, 1});
        assertThat(again.weights()).containsExactly(r.weights());
    }
}
