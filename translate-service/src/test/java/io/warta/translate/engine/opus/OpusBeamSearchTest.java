package io.warta.translate.engine.opus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The beam search's fast per-row scoring against the plain log-softmax it stands for. */
class OpusBeamSearchTest {

    private static final int V = 50;
    private static final int PAD = 49;
    private static final int EOS = 0;

    private static MarianConfig config(boolean renormalize, int forcedEos) {
        // Bans pad, token 7 always, and token 9 right after 3, 4.
        return new MarianConfig(PAD, EOS, PAD, 10, 4, 1.0, List.of(new int[] {PAD}, new int[] {7}, new int[] {3, 4, 9}),
                forcedEos, renormalize, 1, 1, 4, V);
    }

    @Test
    void rowTopEqualsTheTopOfTheFullLogSoftmax() {
        Random random = new Random(11);
        for (boolean renormalize : new boolean[] {false, true}) {
            BeamSearch search = new BeamSearch(config(renormalize, -1), 4, 10);
            for (int trial = 0; trial < 50; trial++) {
                float[] logits = new float[3 * V];
                for (int i = 0; i < logits.length; i++) {
                    logits[i] = (float) random.nextGaussian() * 4;
                }
                logits[V + PAD] = 30; // the model's favourite is banned
                int[] history = trial % 2 == 0 ? new int[] {5, 3, 4} : new int[] {4, 3};
                float[] full = search.logProbabilities(logits, 1, V, history, false);
                int[] expected = BeamSearch.topIndices(full, 8);
                BeamSearch.RowTop top = search.rowTop(logits, 1, V, history, false, 8);
                assertThat(top.tokens()).containsExactly(expected);
                for (int i = 0; i < expected.length; i++) {
                    assertThat(top.logProbs()[i]).isCloseTo(full[expected[i]], within(1e-4f));
                }
                assertThat(top.tokens()).doesNotContain(PAD, 7);
                if (trial % 2 == 0) {
                    assertThat(top.tokens()).doesNotContain(9);
                }
            }
        }
    }

    @Test
    void renormalizedProbabilitiesOfTheAllowedTokensSumToOne() {
        BeamSearch search = new BeamSearch(config(true, -1), 4, 10);
        float[] logits = new float[V];
        logits[PAD] = 25;
        float[] full = search.logProbabilities(logits, 0, V, new int[0], false);
        double sum = 0;
        for (float logProb : full) {
            sum += Math.exp(logProb);
        }
        assertThat(sum).isCloseTo(1.0, within(1e-5));
        assertThat(full[PAD]).isEqualTo(Float.NEGATIVE_INFINITY);
    }

    @Test
    void forcedEosIsTheOnlyTokenAtTheLastPosition() {
        BeamSearch search = new BeamSearch(config(false, EOS), 4, 10);
        float[] logits = new float[V];
        logits[12] = 9;
        BeamSearch.RowTop top = search.rowTop(logits, 0, V, new int[] {1, 2}, true, 8);
        assertThat(top.tokens()).containsExactly(EOS);
        assertThat(top.logProbs()).containsExactly(0f);
        float[] full = search.logProbabilities(logits, 0, V, new int[] {1, 2}, true);
        assertThat(BeamSearch.topIndices(full, 2)[0]).isEqualTo(EOS);
        assertThat(full[12]).isEqualTo(Float.NEGATIVE_INFINITY);
    }

    @Test
    void topIndicesBreaksTiesTowardsTheLowerIndex() {
        assertThat(BeamSearch.topIndices(new float[] {1, 3, 3, 2, 3}, 3)).containsExactly(1, 2, 4);
        assertThat(BeamSearch.topIndices(new float[] {1, 2}, 5)).containsExactly(1, 0);
    }
}
