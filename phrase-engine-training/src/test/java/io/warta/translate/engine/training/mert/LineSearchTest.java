package io.warta.translate.engine.training.mert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The exact line search against brute force: no sampled step beats the one it finds, and its objective is real. */
class LineSearchTest {

    /** Objective of toy statistics {good, total}: good / total summed, averaged over the sets. */
    private static double objective(long[][] t) {
        double s = 0;
        for (long[] x : t) {
            s += x[1] == 0 ? 0 : (double) x[0] / x[1];
        }
        return s / t.length;
    }

    @Test
    void envelopeOfThreeLinesHasTwoCorners() {
        // Lines: y = 0 (entry 0), y = 1 + x (entry 1), y = 1 - x (entry 2): from -inf entry 2, at 0 entry 1; entry 0
        // never on top.
        double[][] f = {{0, 0}, {1, 1}, {1, -1}};
        List<double[]> events = new ArrayList<>();
        int[] hull = LineSearch.envelope(f, new double[] {1, 0}, new double[] {0, 1}, events, 7);
        assertThat(hull).containsExactly(2, 1);
        assertThat(events).hasSize(1);
        assertThat(events.get(0)).containsExactly(0, 7, 2, 1);
    }

    @Test
    void findsTheBestIntervalOfRandomListsAsBruteForceDoes() {
        Random r = new Random(3);
        for (int trial = 0; trial < 20; trial++) {
            int sentences = 30;
            List<double[][]> features = new ArrayList<>();
            List<int[][]> stats = new ArrayList<>();
            int[] setOf = new int[sentences];
            for (int i = 0; i < sentences; i++) {
                int n = 1 + r.nextInt(8);
                double[][] f = new double[n][3];
                int[][] s = new int[n][2];
                for (int j = 0; j < n; j++) {
                    for (int k = 0; k < 3; k++) {
                        f[j][k] = r.nextInt(5) - 2; // small integers: ties and parallel lines happen
                    }
                    s[j][1] = 10;
                    s[j][0] = r.nextInt(11);
                }
                features.add(f);
                stats.add(s);
                setOf[i] = i % 2;
            }
            LineSearch search = new LineSearch(features, stats, setOf, 2, LineSearchTest::objective);
            double[] w = {r.nextGaussian(), r.nextGaussian(), r.nextGaussian()};
            double[] d = {r.nextGaussian(), r.nextGaussian(), r.nextGaussian()};
            LineSearch.Step step = search.search(w, d);
            double[] moved = new double[3];
            for (int k = 0; k < 3; k++) {
                moved[k] = w[k] + step.gamma() * d[k];
            }
            assertThat(search.objective(moved)).isCloseTo(step.objective(), within(1e-12));
            assertThat(step.objective()).isGreaterThanOrEqualTo(search.objective(w));
            for (double g = -50; g <= 50; g += 0.01) {
                double[] x = new double[3];
                for (int k = 0; k < 3; k++) {
                    x[k] = w[k] + g * d[k];
                }
                assertThat(search.objective(x)).isLessThanOrEqualTo(step.objective() + 1e-12);
            }
        }
    }
}
