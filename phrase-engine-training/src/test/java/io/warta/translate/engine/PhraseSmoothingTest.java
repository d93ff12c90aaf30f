package io.warta.translate.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.warta.translate.engine.training.LongIntMap;
import io.warta.translate.engine.training.PhraseSmoothing;
import org.junit.jupiter.api.Test;

class PhraseSmoothingTest {

    /** Pair counts {source, target, count}: source 0 is frequent and varied, target 2 pairs with every source. */
    private static final int[][] PAIRS = {
        {0, 0, 5}, {0, 1, 1}, {0, 2, 2}, {0, 3, 1},
        {1, 2, 1}, {1, 0, 3},
        {2, 2, 4}, {2, 3, 1},
    };
    private static final int SOURCES = 3;
    private static final int TARGETS = 4;

    private static long key(int s, int t) {
        return ((long) s << 32) | (t & 0xffffffffL);
    }

    private static PhraseSmoothing kneserNey(LongIntMap counts) {
        for (int[] p : PAIRS) {
            counts.add(key(p[0], p[1]), p[2]);
        }
        return PhraseSmoothing.kneserNey(counts.sortedKeys(), counts, SOURCES, TARGETS);
    }

    private static int total(int side, int id) {
        int t = 0;
        for (int[] p : PAIRS) {
            t += p[side] == id ? p[2] : 0;
        }
        return t;
    }

    @Test
    void kneserNeyIsADistributionOverTheOtherSideInBothDirections() {
        LongIntMap counts = new LongIntMap(16);
        PhraseSmoothing kn = kneserNey(counts);
        for (int s = 0; s < SOURCES; s++) {
            double sum = 0;
            for (int t = 0; t < TARGETS; t++) {
                sum += kn.probability(counts.get(key(s, t), 0), total(0, s), s, t, true);
            }
            assertThat(sum).as("sum of phi(e|f) for source %d", s).isCloseTo(1.0, within(1e-9));
        }
        for (int t = 0; t < TARGETS; t++) {
            double sum = 0;
            for (int s = 0; s < SOURCES; s++) {
                sum += kn.probability(counts.get(key(s, t), 0), total(1, t), s, t, false);
            }
            assertThat(sum).as("sum of phi(f|e) for target %d", t).isCloseTo(1.0, within(1e-9));
        }
    }

    @Test
    void aPairSeenOnceLosesToRelativeFrequencyAndTheBackOffFavoursPhrasesThatPairWidely() {
        LongIntMap counts = new LongIntMap(16);
        PhraseSmoothing kn = kneserNey(counts);
        // Target 1 pairs with source 0 once: below its relative frequency 1/9.
        assertThat(kn.probability(1, 9, 0, 1, true)).isLessThan(1 / 9.0);
        // An unseen pair gets back-off mass by how many sources the target pairs with: target 2 (3 sources) more
        // than target 1 (1 source), given the same source.
        assertThat(kn.probability(0, 4, 1, 2, true)).isGreaterThan(kn.probability(0, 4, 1, 1, true));
        assertThat(kn.probability(0, 4, 1, 1, true)).isGreaterThan(0);
    }

    @Test
    void discountsFollowTheCountsOfCountsAndFallBackWhenSomeAreMissing() {
        // n1..n4 = 100, 40, 20, 10: Y = 100 / 180; D1 = 1 - 2Y 40/100, D2 = 2 - 3Y 20/40, D3+ = 3 - 4Y 10/20.
        double y = 100 / 180.0;
        assertThat(PhraseSmoothing.discounts(new long[] {0, 100, 40, 20, 10}))
                .containsExactly(new double[] {0, 1 - 2 * y * 0.4, 2 - 3 * y * 0.5, 3 - 4 * y * 0.5}, within(1e-12));
        assertThat(PhraseSmoothing.discounts(new long[] {0, 100, 40, 0, 10})).containsExactly(0, 0.5, 0.5, 0.5);
        PhraseSmoothing absolute = PhraseSmoothing.absolute(0.5);
        assertThat(absolute.probability(1, 4, 0, 0, true)).isEqualTo(0.5 / 4);
    }
}
